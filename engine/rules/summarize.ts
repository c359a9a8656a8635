import type { ClassifiedTask, ExposureSummary, Label, SectionKind } from '../types';
import { LABELS } from '../types';

// score = Σ wᵢ·eᵢ / Σ wᵢ over the posting's tasks, eᵢ = task exposure (0..1), wᵢ = 0.5 for requirement
// lines and 1 for everything else (core responsibilities). Label: human-led when score < 0.5; otherwise
// automatable or augmentable, whichever carries more weight among the exposed tasks (ties: augmentable).
export const EXPOSURE_FORMULA =
  'score = Σ wᵢ·eᵢ / Σ wᵢ;  eᵢ = task exposure (0–1);  wᵢ = 1 (responsibilities), 0.5 (requirements);  label = human-led if score < 0.5, else the heavier of automatable / augmentable';

export const REQUIREMENT_WEIGHT = 0.5;

type SummarizableTask = ClassifiedTask & { section?: SectionKind };

export const taskWeight = (task: { section?: SectionKind }): number => (task.section === 'requirements' ? REQUIREMENT_WEIGHT : 1);

export function summarize(tasks: SummarizableTask[]): ExposureSummary | null {
  if (tasks.length === 0) return null;
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  const weightOf = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  let sum = 0;
  let total = 0;
  for (const task of tasks) {
    const w = taskWeight(task);
    sum += w * task.exposure;
    total += w;
    counts[task.label] += 1;
    weightOf[task.label] += w;
  }
  const score = Math.round((sum / total) * 1e4) / 1e4;
  const label: Label =
    score < 0.5 ? 'human-led' : weightOf.automatable > weightOf.augmentable ? 'automatable' : 'augmentable';
  return { score, label, counts };
}

import type { ClassifiedTask, ExposureSummary, Label } from '../types';
import { LABELS } from '../types';

// S = mean exposure of the posting's duties the engine could tell (unclear ones are counted apart and only stand
// in when nothing else was clear). Label: human-led when S < 0.5; otherwise automatable or augmentable, whichever
// holds more of the exposed duties (ties: augmentable). A duty's exposure: engine/rules/classify.ts.
// Written in symbols alone, so it reads the same in every language (the legend is a UI message, howComputedLegend).
export const EXPOSURE_FORMULA = 'eᵢ = σ(b + Σ w + cᵢ)\nS = (e₁ + e₂ + … + eₙ) / n';

type SummarizableTask = Pick<ClassifiedTask, 'exposure' | 'label' | 'unclear'>;

export function summarize(tasks: readonly SummarizableTask[]): ExposureSummary | null {
  if (tasks.length === 0) return null;
  const clear = tasks.filter((t) => !t.unclear);
  const counted = clear.length > 0 ? clear : tasks;
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  let sum = 0;
  for (const task of counted) {
    sum += task.exposure;
    counts[task.label] += 1;
  }
  const score = Math.round((sum / counted.length) * 1e4) / 1e4;
  const label: Label = score < 0.5 ? 'human-led' : counts.automatable > counts.augmentable ? 'automatable' : 'augmentable';
  return { score, label, counts, unclear: tasks.length - clear.length };
}

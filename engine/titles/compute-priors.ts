import { classify, postingContextFor } from '../rules/classify';
import { withPostingContext } from '../rules/context';
import { LABELS, type ClassifiedTask, type Label } from '../types';
import type { Occupation, PriorsFile } from './schema';
import { pushTo } from '../group';

/** O*NET rates a task Core (most incumbents do it) or Supplemental: the latter count for less. */
export const SUPPLEMENTAL_WEIGHT = 0.5;

export interface WeightedTask {
  task: string;
  weight: number;
}

/** An occupation's tasks through the same engine as a posting's duties, read together as one posting. */
export function classifyTasks(tasks: readonly string[], lang: 'en' | 'zh'): ClassifiedTask[] {
  return withPostingContext(tasks.map((task) => classify(task, lang)), postingContextFor(lang));
}

type Row = PriorsFile[string];

/** Weighted mean exposure of the tasks it could tell (all of them when none), their counts by label and the unclear ones. */
export function priorRow(tasks: readonly ClassifiedTask[], weights: readonly number[]): Row | null {
  if (tasks.length === 0) return null;
  const clear = tasks.some((t) => !t.unclear);
  const counts = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  let sum = 0;
  let total = 0;
  tasks.forEach((t, i) => {
    if (clear && t.unclear) return;
    sum += weights[i]! * t.exposure;
    total += weights[i]!;
    counts[t.label]++;
  });
  const score = Math.round((sum / total) * 1e4) / 1e4;
  const label: Label = score < 0.5 ? 'human-led' : counts.automatable > counts.augmentable ? 'automatable' : 'augmentable';
  return [score, label, counts.automatable, counts.augmentable, counts['human-led'], tasks.filter((t) => t.unclear).length];
}

/** The mean of the rows given (an occupation without tasks of its own takes its group's). */
function meanRow(rows: readonly Row[]): Row | null {
  if (rows.length === 0) return null;
  const score = Math.round((rows.reduce((s, r) => s + r[0], 0) / rows.length) * 1e4) / 1e4;
  return [score, score < 0.5 ? 'human-led' : 'augmentable', 0, 0, 0, 0];
}

// Military occupations have no task statements in O*NET nor tasks in China's classification: they take the
// protective service occupations' mean (O*NET major group 33), the nearest work that has some.
const PROXY_GROUP: Record<string, string> = { '55': '33' };

/**
 * Every occupation's prior: O*NET occupations over their task statements (EN engine, Core weighted over
 * Supplemental), China's over their main tasks (ZH engine). One without tasks takes the mean of the nearest group
 * that has some (O*NET: broad, minor, major group; China: its O*NET twin, else small, middle, major class).
 */
export function computePriors(occupations: readonly Occupation[], onetTasks: readonly { soc: string; task: string; type: string }[], china: readonly { code: string; tasks: string[] }[]): PriorsFile {
  const out: PriorsFile = {};
  const bySoc = new Map<string, WeightedTask[]>();
  for (const t of onetTasks) pushTo(bySoc, t.soc, { task: t.task, weight: t.type === 'Supplemental' ? SUPPLEMENTAL_WEIGHT : 1 });
  const chinaTasks = new Map(china.map((c) => [c.code, c.tasks]));
  for (const o of occupations) {
    const weighted = o.id === o.soc ? (bySoc.get(o.id) ?? []) : (chinaTasks.get(o.cn!) ?? []).map((task) => ({ task, weight: 1 }));
    const row = priorRow(classifyTasks(weighted.map((t) => t.task), o.id === o.soc ? 'en' : 'zh'), weighted.map((t) => t.weight));
    if (row) out[o.id] = row;
  }
  const group = (prefix: string, isOnet: boolean): Row[] =>
    occupations.filter((o) => (o.id === o.soc) === isOnet && (isOnet ? o.id : o.cn!).startsWith(prefix) && out[o.id]).map((o) => out[o.id]!);
  for (const o of occupations) {
    if (out[o.id]) continue;
    const isOnet = o.id === o.soc;
    const twin = !isOnet && o.soc ? out[o.soc] : undefined;
    const code = isOnet ? o.id : o.cn!;
    const prefixes = isOnet ? [code.slice(0, 6), code.slice(0, 5), code.slice(0, 2)] : [code.slice(0, 7), code.slice(0, 4), code.slice(0, 1)];
    const proxy = isOnet ? PROXY_GROUP[code.slice(0, 2)] : code.startsWith('7-') ? PROXY_GROUP['55'] : undefined;
    const row = twin ?? [...prefixes.map((p) => meanRow(group(p, isOnet))), proxy ? meanRow(group(proxy, true)) : null].find((r) => r !== null);
    if (row) out[o.id] = row;
  }
  return out;
}

/** priors.json's exact text: one occupation a line, so engine changes show up as readable diffs. */
export function serializePriors(priors: PriorsFile): string {
  const rows = Object.entries(priors).map(([id, row]) => `  ${JSON.stringify(id)}: ${JSON.stringify(row)}`);
  return `{\n${rows.join(',\n')}\n}\n`;
}

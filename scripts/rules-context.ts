// Fits the posting-context pull (engine/rules/context.ts) on out-of-fold predictions: each occupation's
// O*NET tasks stand in for a posting's lines. A grid over alpha and center, scored by binary agreement
// with the human labels; ties go to the smaller pull. Used by rules-build and rules-eval.
import { withPostingContext } from '../engine/rules/context';
import type { PostingContext } from '../engine/rules/schema';
import type { ClassifiedTask } from '../engine/types';
import { isExposed, type TaskRow } from './rules-data';

export const NO_CONTEXT: PostingContext = { alpha: 0, center: 0 };

const grid = (from: number, to: number, step: number): number[] =>
  Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => Math.round((from + i * step) * 100) / 100);
const ALPHAS = grid(0, 1.5, 0.05);
const CENTERS = grid(-1.5, 1.5, 0.1);

/** Row indices per occupation, among `subset` (all rows when absent). */
export function byOccupation(rows: readonly TaskRow[], subset?: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of subset ?? rows.keys()) {
    const list = groups.get(rows[i]!.onet_soc) ?? [];
    list.push(i);
    groups.set(rows[i]!.onet_soc, list);
  }
  return [...groups.values()];
}

/** `results` with each occupation's tasks passed through the posting context (rows outside `groups` unchanged). */
export function applyContext(results: readonly ClassifiedTask[], groups: readonly number[][], context: PostingContext): ClassifiedTask[] {
  const out = [...results];
  for (const group of groups) withPostingContext(group.map((i) => results[i]!), context).forEach((t, k) => (out[group[k]!] = t));
  return out;
}

export function fitContext(rows: readonly TaskRow[], results: readonly ClassifiedTask[], subset?: readonly number[]): PostingContext {
  const groups = byOccupation(rows, subset);
  const members = groups.flat();
  const agreed = (context: PostingContext): number => {
    const moved = applyContext(results, groups, context);
    let n = 0;
    for (const i of members) if (isExposed(rows[i]!.human_exposure) === (moved[i]!.label !== 'human-led')) n++;
    return n;
  };
  let best = NO_CONTEXT;
  let bestAgreed = agreed(best);
  for (const alpha of ALPHAS.slice(1))
    for (const center of CENTERS) {
      const n = agreed({ alpha, center });
      if (n > bestAgreed) [best, bestAgreed] = [{ alpha, center }, n];
    }
  return best;
}

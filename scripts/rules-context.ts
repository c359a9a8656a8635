// Fits the posting-context pull (engine/rules/context.ts) on out-of-fold predictions: each occupation's
// O*NET tasks stand in for a posting's lines. A task is moved when z + alpha · (m − center) crosses 0, z its
// own logit and m the (weighted) mean logit of the posting's other tasks, both as context.ts computes them;
// so alpha and center come from a logistic regression of the human label on z and m (y ~ a·z + b·m + c:
// alpha = b / a, center = −c / b), a smooth fit that a single fold's luck moves little. With `centerAtMean`
// (Chinese), center is the mean m of the training tasks instead: the pull then leaves the task's own 0.5 line
// where the fit put it on average. The Chinese fit's targets mix in GPT-4's labels (rules-fit-zh.ts), and the
// regression's own center moved that line back towards the human labels' likelihood, losing the agreement the
// mix had won (posting context 0.813 → 0.817 with centerAtMean, seeds 0–4). Used by rules-build and rules-eval.
import { contextLogits, withPostingContext } from '../engine/rules/context';
import type { PostingContext } from '../engine/rules/schema';
import type { ClassifiedTask } from '../engine/types';
import { fitLogistic, type SparseRow } from './rules-logreg';
import { isExposed, type TaskRow } from './rules-data';
import { pushTo } from '../engine/group';

export const NO_CONTEXT: PostingContext = { alpha: 0, center: 0 };
/** The schema's bound on alpha. */
const MAX_ALPHA = 2;

/** Row indices per occupation, among `subset` (all rows when absent). */
export function byOccupation(rows: readonly TaskRow[], subset?: readonly number[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const i of subset ?? rows.keys()) {
    pushTo(groups, rows[i]!.onet_soc, i);
  }
  return [...groups.values()];
}

/** `results` with each occupation's tasks passed through the posting context (rows outside `groups` unchanged). */
export function applyContext(results: readonly ClassifiedTask[], groups: readonly number[][], context: PostingContext): ClassifiedTask[] {
  const out = [...results];
  for (const group of groups) withPostingContext(group.map((i) => results[i]!), context).forEach((t, k) => (out[group[k]!] = t));
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100 || 0;

/** How a language's context is fitted: center at the mean pull (centerAtMean), each other task's say capped (cap). */
export interface ContextFit {
  centerAtMean?: boolean;
  cap?: number;
}
/**
 * The Chinese context: centered at the mean, each other task's logit capped at ±1.5 (ZH in posting context, fold
 * seeds 0–4: uncapped 0.8176, cap 3 0.8178, 2 0.8184, 1.5 0.8192, 1 0.8190). The English is best uncapped (0.8220;
 * cap 3 0.8214, 1.5 0.8208).
 */
export const ZH_CONTEXT_FIT: ContextFit = { centerAtMean: true, cap: 1.5 };

export function fitContext(rows: readonly TaskRow[], results: readonly ClassifiedTask[], subset?: readonly number[], { centerAtMean = false, cap }: ContextFit = {}): PostingContext {
  const xs: SparseRow[] = [];
  const ys: number[] = [];
  for (const group of byOccupation(rows, subset)) {
    if (group.length < 2) continue;
    const tasks = group.map((i) => results[i]!);
    const own = contextLogits(tasks, NO_CONTEXT);
    const pulled = contextLogits(tasks, { alpha: 1, center: 0, cap });
    group.forEach((i, k) => {
      if (pulled[k] === own[k]) return; // no other task of the posting lends a pull (context.ts leaves it be)
      xs.push({ idx: Int32Array.of(0, 1), val: Float64Array.of(own[k]!, pulled[k]! - own[k]!) });
      ys.push(isExposed(rows[i]!.human_exposure) ? 1 : 0);
    });
  }
  if (xs.length === 0) return NO_CONTEXT;
  const fit = fitLogistic(xs, ys, 2, { l2: 1e-6 });
  const [a = 0, b = 0] = fit.weights;
  if (!(a > 0) || !(b > 0)) return NO_CONTEXT;
  const alpha = Math.min(MAX_ALPHA, round2(b / a));
  const center = centerAtMean ? xs.reduce((sum, x) => sum + x.val[1]!, 0) / xs.length : -fit.bias / b;
  return alpha > 0 ? { alpha, center: round2(center), ...(cap === undefined ? {} : { cap }) } : NO_CONTEXT;
}

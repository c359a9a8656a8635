// The rest of the posting as evidence for a borderline task: raters judged each O*NET task knowing the
// occupation, so "Inspect the records" leans hands-on among hands-on tasks and desk-bound among desk work.
// A task's logit moves by alpha · (weighted mean logit of the posting's OTHER tasks − center); only a
// move that crosses 0.5 is applied, and it names itself with a posting-context rule as its first reason. With a cap
// (the Chinese context's), each other task says at most ±cap: one line read as surely exposed or surely hands-on counts
// as sure, not as the whole posting.
import type { ClassifiedTask } from '../types';
import { exposureOf } from './classify';
import { CONTEXT_DESK_ID, CONTEXT_HANDS_ON_ID, FALLBACK_RULE_ID } from './packs';
import type { PostingContext } from './schema';

/** A task's say in the others' context: none when nothing of its own spoke for its score. */
const weightOf = (task: Pick<ClassifiedTask, 'unclear'>): number => (task.unclear ? 0 : 1);

const EDGE = 1e-4;
const logit = (p: number): number => {
  const q = Math.min(1 - EDGE, Math.max(EDGE, p));
  return Math.log(q / (1 - q));
};
// Never exactly 0.5 after a flip: 0.5 itself reads as exposed.
const FLIPPED_DOWN = 0.4999;

/** Each task's logit after the pull of the posting's other tasks (the input order kept). */
export function contextLogits(tasks: readonly ClassifiedTask[], context: PostingContext): number[] {
  const z = tasks.map((t) => logit(t.exposure));
  const cap = context.cap ?? Infinity;
  const said = z.map((v) => Math.max(-cap, Math.min(cap, v)));
  const w = tasks.map(weightOf);
  let sum = 0;
  let total = 0;
  said.forEach((v, i) => {
    sum += w[i]! * v;
    total += w[i]!;
  });
  return z.map((v, i) => {
    const rest = total - w[i]!;
    if (rest <= 0 || context.alpha === 0) return v;
    return v + context.alpha * ((sum - w[i]! * said[i]!) / rest - context.center);
  });
}

/** The tasks of one posting, those the rest of the posting tips over 0.5 relabelled (new objects; others as given). */
export function withPostingContext<T extends ClassifiedTask>(tasks: readonly T[], context: PostingContext | undefined): T[] {
  if (!context || tasks.length < 2) return [...tasks];
  const moved = contextLogits(tasks, context);
  return tasks.map((task, i) => {
    const wasExposed = task.label !== 'human-led';
    const nowExposed = moved[i]! >= 0;
    if (wasExposed === nowExposed) return task;
    const p = exposureOf(moved[i]!);
    const exposure = nowExposed ? Math.max(0.5, p) : Math.min(FLIPPED_DOWN, p);
    const rules = [nowExposed ? CONTEXT_DESK_ID : CONTEXT_HANDS_ON_ID, ...task.rules.filter((id) => id !== FALLBACK_RULE_ID)];
    // Exposed tasks the words cannot split lean augmentable, as most exposed tasks in the data do.
    return { ...task, exposure, label: nowExposed ? 'augmentable' : 'human-led', rules };
  });
}

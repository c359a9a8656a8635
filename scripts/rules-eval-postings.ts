// The labels of the hand-read posting duties (fresh-postings.ts) in cross-validation by set: each fifth of the sets is
// read with an English lexicon fitted on O*NET's tasks and the other sets' English duties, against one fitted on
// O*NET's tasks alone, both with the shipped Chinese lexicon and posting context. A set is never fitted and scored.
import { createClassifier, LEXICON } from '../engine/rules/classify';
import type { Lexicon } from '../engine/rules/schema';
import { fitWithPostingDuties, freshSetNames, loadFreshSet, readFreshSet } from './fresh-postings';
import type { TaskRow, UnlabelledTask } from './rules-data';
import type { FitOptions } from './rules-fit';

export interface PostingLabels {
  duties: number;
  /** Duties labelled as the reader did: three labels, and human-led vs exposed. */
  alone: { three: number; two: number };
  withPostings: { three: number; two: number };
}

export function postingLabelsCV(rows: readonly TaskRow[], options: FitOptions, folds = 5, unlabelled: readonly UnlabelledTask[] = []): PostingLabels {
  const names = freshSetNames();
  const sets = names.map(loadFreshSet);
  const classifierOf = (train: readonly string[], postings: number) => {
    const lexicon: Lexicon = { ...LEXICON, ...fitWithPostingDuties(rows, { ...options, postings }, unlabelled, train) };
    return createClassifier(lexicon);
  };
  const out: PostingLabels = { duties: 0, alone: { three: 0, two: 0 }, withPostings: { three: 0, two: 0 } };
  const alone = classifierOf([], 0);
  for (let k = 0; k < folds; k++) {
    const scored = names.flatMap((_, i) => (i % folds === k ? [i] : []));
    const fitted = classifierOf(names.filter((_, i) => i % folds !== k), options.postings ?? 0);
    for (const i of scored) {
      const before = readFreshSet(sets[i]!, alone);
      const after = readFreshSet(sets[i]!, fitted);
      out.duties += before.listed;
      out.alone.three += before.three;
      out.alone.two += before.two;
      out.withPostings.three += after.three;
      out.withPostings.two += after.two;
    }
  }
  return out;
}

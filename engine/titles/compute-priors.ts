import { classify, LEXICON } from '../rules/classify';
import { withPostingContext } from '../rules/context';
import { summarize } from '../rules/summarize';
import type { ClassifiedTask } from '../types';
import type { Occupation, PriorsFile } from './schema';

/** An occupation's typical tasks through the same engine as a posting's, read together as one posting (English rules, no language guess). */
export function classifyTasks(occupation: Occupation): ClassifiedTask[] {
  return withPostingContext(occupation.tasks.map((task) => classify(task, 'en')), LEXICON.context);
}

/** What `npm run titles:build` writes to data/occupations/priors.json, in occupation order. */
export function computePriors(occupations: Occupation[]): PriorsFile {
  const out: PriorsFile = {};
  for (const occupation of occupations) {
    const summary = summarize(classifyTasks(occupation));
    if (!summary) continue;
    const { score, label, counts, unclear } = summary;
    out[occupation.id] = [score, label, counts.automatable, counts.augmentable, counts['human-led'], unclear];
  }
  return out;
}


/** priors.json's exact text: one occupation a line, so engine changes show up as readable diffs. */
export function serializePriors(priors: PriorsFile): string {
  const rows = Object.entries(priors).map(([id, row]) => `  ${JSON.stringify(id)}: ${JSON.stringify(row)}`);
  return `{\n${rows.join(',\n')}\n}\n`;
}

import priorsJson from '../../data/occupations/priors.json';
import type { ExposureSummary } from '../types';
import { checkedData } from '../data-files';
import type { PriorsFile } from './schema';

const PRIORS = checkedData<PriorsFile>(priorsJson);

/** The stored prior of an occupation; undefined when priors.json is stale (run `npm run titles:build`). */
export function priorOf(id: string): ExposureSummary | undefined {
  const row = PRIORS[id];
  if (!row) return undefined;
  const [score, label, automatable, augmentable, humanLed, unclear] = row;
  return { score, label, counts: { automatable, augmentable, 'human-led': humanLed }, unclear };
}

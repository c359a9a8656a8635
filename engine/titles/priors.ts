import priorsJson from '../../data/occupations/priors.json';
import type { ExposureSummary } from '../types';
import { PriorsSchema, type PriorsFile } from './schema';

const parsed = PriorsSchema.safeParse(priorsJson);
if (!parsed.success) throw new Error(`data/occupations/priors.json: ${parsed.error.message}`);
const PRIORS: PriorsFile = parsed.data;

/** The stored prior of an occupation; undefined when priors.json is stale (run `npm run titles:build`). */
export function priorOf(id: string): ExposureSummary | undefined {
  const row = PRIORS[id];
  if (!row) return undefined;
  const [score, label, automatable, augmentable, humanLed] = row;
  return { score, label, counts: { automatable, augmentable, 'human-led': humanLed } };
}

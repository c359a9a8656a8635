import { OCCUPATIONS } from '../engine/titles/occupations';
import { classifyTasks } from '../engine/titles/compute-priors';
import { matchTitle } from '../engine/titles/match';
import { normalizeTitle } from '../engine/titles/normalize';

/** Prints the occupation a job title maps to, its prior exposure and the typical tasks behind it. */
export function runTitle(title: string): number {
  const normalized = normalizeTitle(title);
  const match = matchTitle(title);
  const occupation = match ? OCCUPATIONS.find((o) => o.id === match.occupation.id) : undefined;
  const out = match
    ? {
        title,
        normalized,
        occupation: match.occupation,
        matched: { alias: match.matchedAlias, score: match.score },
        exposure: match.exposure,
        tasks: occupation ? classifyTasks(occupation).map(({ text, label, exposure, rules }) => ({ text, label, exposure, rules })) : [],
      }
    : {
        title,
        normalized,
        occupation: null,
        matched: null,
        exposure: null,
        tasks: [],
        reason: normalized ? 'no occupation alias matches this title closely enough' : 'the title is empty once seniority, location and other decorations are removed',
      };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}

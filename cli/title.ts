import { matchTitle } from '../engine/titles/match';
import { normalizeTitle } from '../engine/titles/normalize';
import { OCCUPATIONS, occupationRef } from '../engine/titles/occupations';
import { priorOf } from '../engine/titles/priors';
import { eachStdinLine } from './stdin-lines';

/** One title's answer: the occupation it maps to with its codes and prior exposure, or why none. */
export function titleAnswer(title: string): Record<string, unknown> {
  const normalized = normalizeTitle(title);
  const match = matchTitle(title);
  if (match) return { title, normalized, occupation: occupationRef(match.occupation), matched: { alias: match.matchedAlias, score: match.score }, exposure: match.exposure };
  const reason = normalized ? 'no occupation SkillShift knows matches this title closely enough (or it is too generic, like "Manager")' : 'the title is empty once seniority, location and other decorations are removed';
  return { title, normalized, occupation: null, matched: null, exposure: null, reason };
}

/** `skillshift title "<job title>"`, or titles on stdin, one JSON object per line. */
export async function runTitle(title: string | undefined): Promise<number> {
  if (title !== undefined) {
    process.stdout.write(`${JSON.stringify(titleAnswer(title))}\n`);
    return 0;
  }
  await eachStdinLine((line) => JSON.stringify(titleAnswer(line)));
  return 0;
}

/** `skillshift occupations`: every occupation with its codes and prior exposure, one JSON object per line. */
export function runOccupations(): number {
  const lines = OCCUPATIONS.map((o) => {
    const prior = priorOf(o.id);
    return JSON.stringify({ occupation: occupationRef(o), exposure: prior ? { score: prior.score, label: prior.label, counts: prior.counts } : null });
  });
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

import type { ExposureSummary } from '../types';
import aliasKeys from '../../data/occupations/alias-keys.json';
import { OCCUPATIONS } from './occupations';
import { titleSegments, titleTokens } from './normalize';
import { priorOf } from './priors';
import { buildTitleIndex, type AliasEntry, type TitleIndex } from './title-index';

export interface TitleMatch {
  occupation: { id: string; en: string; zh: string };
  /** 0..1: 1 for an exact alias, lower for partial overlaps; never below MATCH_THRESHOLD. */
  score: number;
  exposure: ExposureSummary;
  matchedAlias: string;
}

export const MATCH_THRESHOLD = 0.6;
/** Weight of a title word no alias uses ("ICU", "Java"): a specialisation, not a reason to refuse. */
const UNKNOWN_WEIGHT = 1.5;
/** Later segments ("Nurse - ICU", "Remote - Engineer") lose a little so the first one wins ties. */
const SEGMENT_DECAY = 0.02;

interface Candidate {
  entry: AliasEntry;
  score: number;
}

function better(a: Candidate | null, b: Candidate | null): Candidate | null {
  if (!a) return b;
  if (!b) return a;
  return b.score > a.score + 1e-9 ? b : a;
}

// Coverage of the alias by the title counts most (squared: "Chief Vibe Officer" is not a CEO); the alias's head noun (its last word) must be there
// ("nurse" in "ICU Registered Nurse"), and matching the title's own head word counts extra.
function tokenMatch(index: TitleIndex, segment: string): Candidate | null {
  const tokens = titleTokens(segment);
  if (!tokens.length) return null;
  const present = new Set(tokens);
  const w = (t: string) => index.weight.get(t) ?? UNKNOWN_WEIGHT;
  const titleWeight = [...present].reduce((sum, t) => sum + w(t), 0);
  const titleHead = tokens[tokens.length - 1];
  let best: Candidate | null = null;
  const seen = new Set<AliasEntry>();
  for (const token of present) {
    for (const entry of index.byToken.get(token) ?? []) {
      if (seen.has(entry)) continue;
      seen.add(entry);
      const aliasTokens = new Set(entry.tokens);
      let shared = 0;
      let aliasWeight = 0;
      for (const t of aliasTokens) {
        aliasWeight += w(t);
        if (present.has(t)) shared += w(t);
      }
      const head = entry.tokens[entry.tokens.length - 1] as string;
      const headFactor = !present.has(head) ? 0.6 : head === titleHead ? 1 : 0.9;
      const coverage = shared / aliasWeight;
      const score = (0.65 * coverage * coverage + 0.35 * (shared / titleWeight)) * headFactor * 0.95;
      best = better(best, { entry, score });
    }
  }
  return best;
}

// Chinese titles: the longest alias found inside the title; one ending where the title ends is its head.
function zhMatch(index: TitleIndex, segment: string): Candidate | null {
  const compact = segment.replace(/\s+/g, '');
  const size = compact.replace(/[a-z0-9+#.]+/g, 'x').length;
  let best: Candidate | null = null;
  for (let at = 0; at < compact.length; at++) {
    for (const { key, entry } of index.zhByFirst.get(compact[at] as string) ?? []) {
      if (key.length < 2 || !compact.startsWith(key, at)) continue;
      const atEnd = at + key.length === compact.length;
      const score = (0.45 + 0.4 * Math.min(1, key.length / size) + (atEnd ? 0.1 : 0)) * 0.99;
      best = better(best, { entry, score });
    }
  }
  return best;
}

function matchSegment(index: TitleIndex, segment: string): Candidate | null {
  const exact = index.exact.get(segment);
  if (exact) return { entry: exact, score: 1 };
  return better(tokenMatch(index, segment), zhMatch(index, segment));
}

/** The best alias over the whole cleaned title and each of its segments. */
export function matchIndex(index: TitleIndex, title: string): Candidate | null {
  const segments = titleSegments(title);
  let best = segments.length > 1 ? matchSegment(index, segments.join(' ')) : null;
  segments.forEach((segment, i) => {
    const found = matchSegment(index, segment);
    if (found) best = better(best, { entry: found.entry, score: found.score - i * SEGMENT_DECAY });
  });
  return best && best.score >= MATCH_THRESHOLD ? best : null;
}

let shared: TitleIndex | null = null;

/** Maps a job title (EN or ZH, with any decorations) to an occupation and its prior exposure, or null. */
export function matchTitle(title: string): TitleMatch | null {
  // alias-keys.json holds the few aliases whose key is not their lower case (kept current by titles:build and a test).
  const keys: Record<string, string> = aliasKeys;
  shared ??= buildTitleIndex(OCCUPATIONS.filter((o) => priorOf(o.id)), (alias) => keys[alias] ?? alias.toLowerCase());
  const found = matchIndex(shared, title);
  if (!found) return null;
  const { id, en, zh } = shared.occupations[found.entry.occ] as (typeof OCCUPATIONS)[number];
  const exposure = priorOf(id) as ExposureSummary;
  return { occupation: { id, en, zh }, score: Math.round(found.score * 1e4) / 1e4, exposure, matchedAlias: found.entry.alias };
}

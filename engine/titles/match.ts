import { hasHan } from '../text';
import type { ExposureSummary } from '../types';
import aliasKeys from '../../data/occupations/alias-keys.json';
import { OCCUPATIONS } from './occupations';
import { titleSegments, titleTokens } from './normalize';
import { priorOf } from './priors';
import titleIndexData from '../../data/occupations/title-index.json';
import { TitleIndex, type AliasEntry } from './title-index';

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
// ("nurse" in "ICU Registered Nurse"), and matching the title's own head word counts extra. Without its head an alias
// scores at most 0.57, under MATCH_THRESHOLD, so only aliases ending in one of the title's words are scored.
function tokenMatch(index: TitleIndex, segment: string): Candidate | null {
  const tokens = titleTokens(segment);
  if (!tokens.length) return null;
  // Each distinct title word with its place: ties go to the alias a word-by-word scan would meet first.
  const place = new Map<string, number>();
  for (const t of tokens) if (!place.has(t)) place.set(t, place.size);
  let titleWeight = 0;
  for (const t of place.keys()) titleWeight += index.weightOf(t) ?? UNKNOWN_WEIGHT;
  const titleHead = tokens[tokens.length - 1];
  const found: { entry: AliasEntry; score: number; rank: number }[] = [];
  for (const head of place.keys()) {
    for (const entry of index.withHead(head)) {
      let shared = 0;
      let first = Infinity;
      for (let i = 0; i < entry.tokens.length; i++) {
        const at = place.get(entry.tokens[i] as string);
        if (at === undefined) continue;
        shared += entry.weights[i] as number;
        if (at < first) first = at;
      }
      const coverage = shared / entry.weight;
      const score = (0.65 * coverage * coverage + 0.35 * (shared / titleWeight)) * (head === titleHead ? 1 : 0.9) * 0.95;
      if (score >= MATCH_THRESHOLD) found.push({ entry, score, rank: first * 1e6 + entry.order });
    }
  }
  found.sort((a, b) => a.rank - b.rank);
  return found.reduce<Candidate | null>((best, c) => better(best, c), null);
}

// Chinese titles: the longest alias found inside the title; one ending where the title ends is its head.
function zhMatch(index: TitleIndex, segment: string): Candidate | null {
  if (!hasHan(segment)) return null;
  const compact = segment.replace(/\s+/g, '');
  const size = compact.replace(/[a-z0-9+#.]+/g, 'x').length;
  let best: Candidate | null = null;
  for (let at = 0; at < compact.length; at++) {
    for (const { key, entry } of index.zhStarting(compact[at] as string)) {
      if (key.length < 2 || !compact.startsWith(key, at)) continue;
      const atEnd = at + key.length === compact.length;
      const score = (0.45 + 0.4 * Math.min(1, key.length / size) + (atEnd ? 0.1 : 0)) * 0.99;
      best = better(best, { entry, score });
    }
  }
  return best;
}

function matchSegment(index: TitleIndex, segment: string): Candidate | null {
  const exact = index.exact(segment);
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
// Varied shapes (decorations, several segments, big head words, Chinese); results unused, no memo filled.
const WARM_UP = [
  'Sr. Nurse (m/w/d) - Remote, $50/hr',
  'Senior Software Engineer - Backend (Java/AWS)',
  'Store Manager, Retail | Full-time',
  'Customer Service Specialist / Call Centre',
  'Lead Data Analyst - Tampa, FL',
  'Warehouse Associate (Forklift) - Nights',
  'Project Manager, Construction',
  'Maintenance Technician II',
  '高级前端开发工程师（急聘）',
];

/** The title index alone, built on first use (the bench times it apart from the warm-up). */
export function loadTitleIndex(): TitleIndex {
  // alias-keys.json holds the few aliases whose key is not their lower case (kept current by titles:build and a test).
  const keys: Record<string, string> = aliasKeys;
  shared ??= new TitleIndex(
    OCCUPATIONS.filter((o) => priorOf(o.id)),
    (alias) => keys[alias] ?? alias.toLowerCase(),
    titleIndexData,
  );
  return shared;
}

let warm = false;
/** Builds and warms the title index now (~10 ms, once): call it when idle so the first card pass doesn't pay. */
export function prepareTitleIndex(): TitleIndex {
  const index = loadTitleIndex();
  if (warm) return index;
  warm = true;
  // Compiles the title cleanup's regular expressions and warms the matcher's code now (still in this idle
  // task), so the first card pass doesn't run it cold: that made the first titles 20-50x slower than later ones.
  // It also makes the entries of the biggest head words (engineer, manager, specialist) and the Chinese aliases' index.
  for (const title of WARM_UP) matchIndex(index, title);
  return index;
}

/** Maps a job title (EN or ZH, with any decorations) to an occupation and its prior exposure, or null. */
export function matchTitle(title: string): TitleMatch | null {
  const shared = prepareTitleIndex();
  const found = matchIndex(shared, title);
  if (!found) return null;
  const { id, en, zh } = shared.occupations[found.entry.occ] as (typeof OCCUPATIONS)[number];
  const exposure = priorOf(id) as ExposureSummary;
  return { occupation: { id, en, zh }, score: Math.round(found.score * 1e4) / 1e4, exposure, matchedAlias: found.entry.alias };
}

import { describe, expect, it } from 'vitest';
import { MATCH_THRESHOLD, matchIndex, prepareTitleIndex } from '../../engine/titles/match';
import { titleSegments, titleTokens } from '../../engine/titles/normalize';
import { OCCUPATIONS } from '../../engine/titles/occupations';
import { priorOf } from '../../engine/titles/priors';
import { TitleIndex } from '../../engine/titles/title-index';
import type { TitleIndexData } from '../../engine/titles/title-index-data';

// The scoring of tokenMatch written as a plain scan over every English alias: the index only prunes aliases
// that can't reach the threshold, so the two must agree on every title.
function scanAll(index: TitleIndex, title: string): string | null {
  let best: { alias: string; score: number } | null = null;
  const consider = (alias: string, score: number) => {
    if (!best || score > best.score + 1e-9) best = { alias, score };
  };
  const segments = titleSegments(title);
  const candidates = segments.length > 1 ? [segments.join(' '), ...segments] : segments;
  candidates.forEach((segment, k) => {
    const decay = segments.length > 1 ? Math.max(0, k - 1) * 0.02 : k * 0.02;
    const exact = index.exact(segment);
    if (exact) return consider(exact.alias, 1 - decay);
    const tokens = titleTokens(segment);
    const present = new Set(tokens);
    const w = (t: string) => index.weightOf(t) ?? 1.5;
    const titleWeight = [...present].reduce((s, t) => s + w(t), 0);
    for (const entry of index.all()) {
      if (!entry.tokens.length || !entry.tokens.some((t) => present.has(t))) continue;
      const shared = entry.tokens.filter((t) => present.has(t)).reduce((s, t) => s + w(t), 0);
      const aliasWeight = entry.tokens.reduce((s, t) => s + w(t), 0);
      const headFactor = !present.has(entry.head) ? 0.6 : entry.head === tokens[tokens.length - 1] ? 1 : 0.9;
      const coverage = shared / aliasWeight;
      consider(entry.alias, (0.65 * coverage * coverage + 0.35 * (shared / titleWeight)) * headFactor * 0.95 - decay);
    }
  });
  const found = best as { alias: string; score: number } | null;
  return found && found.score >= MATCH_THRESHOLD ? found.alias : null;
}

describe('title index', () => {
  it('is built once and shared', () => {
    expect(prepareTitleIndex()).toBe(prepareTitleIndex());
  });

  it('finds the same best alias as a scan over every alias (English titles)', () => {
    const index = prepareTitleIndex();
    const titles = [
      'Junior Data Engineer', 'Software Engineer (Front End)', 'Python Developer (Data Engineer / DataBricks / Data Factory)',
      'Data Engineer, AWS, Python', 'Bigdata Engineer', 'Data Centre Engineer', 'ICU Registered Nurse', 'Night Shift Warehouse Associate',
      'Customer Service Representative - Bilingual', 'Truck Driver CDL-A', 'Assistant Store Manager', 'Chief Vibe Officer',
      'Machine Learning Engineer, Recommendations', 'Teacher of Mathematics', 'Office Manager / Bookkeeper', 'Forklift Operator 2nd shift',
    ];
    let scores = 0;
    for (const title of titles) {
      const found = matchIndex(index, title);
      expect(found?.entry.alias ?? null, title).toBe(scanAll(index, title));
      if (found) scores++;
    }
    expect(scores).toBeGreaterThan(10);
  });

  it('gives every alias the same tokens, weights and head from the precomputed data as computed from the keys', () => {
    const shared = prepareTitleIndex();
    const computed = new TitleIndex(OCCUPATIONS.filter((o) => priorOf(o.id)));
    const view = (index: TitleIndex) => index.all().map(({ alias, occ, tokens, weights, weight, head }) => ({ alias, occ, tokens, weights, weight, head }));
    expect(view(shared)).toEqual(view(computed));
    expect(shared.all().filter((e) => e.tokens.length)).toHaveLength(shared.data.latin);
  });

  it('computes its data itself when the given data was made for other aliases', () => {
    const stale: TitleIndexData = { keys: 1, latin: 1, counts: { nurse: 1 }, heads: { nurse: [0] }, zh: {} };
    const index = new TitleIndex(OCCUPATIONS.slice(0, 3), undefined, stale);
    expect(index.data).not.toBe(stale);
    expect(index.data.keys).toBe(index.all().length);
  });

  it('knows no weight or head for words that are names on every object ("constructor", "toString")', () => {
    const index = prepareTitleIndex();
    for (const word of ['constructor', 'tostring', 'hasownproperty', '__proto__']) {
      expect(index.weightOf(word)).toBeUndefined();
      expect(index.withHead(word)).toEqual([]);
    }
    expect(matchIndex(index, 'Constructor')).toBeNull();
  });
});

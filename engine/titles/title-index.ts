import { hasHan } from '../text';
import { aliasKeyOf } from './alias-keys';
import { isStopWord, titleTokens } from './normalize';
import type { Occupation } from './schema';

export interface AliasEntry {
  /** Index into TitleIndex.occupations. */
  occ: number;
  /** The alias as written in the data. */
  alias: string;
  /** Its distinct Latin tokens in order, with their weights and their sum (empty for Chinese aliases). */
  tokens: string[];
  weights: number[];
  weight: number;
  /** Its last token: a title without it can't reach the match threshold. */
  head: string;
  /** Its place among the Latin aliases: ties go to the earlier one. */
  order: number;
}

export interface TitleIndex {
  occupations: Occupation[];
  /** Normalised alias (EN or ZH) → entry. */
  exact: Map<string, AliasEntry>;
  /** Head token → Latin entries ending with it. */
  byHead: Map<string, AliasEntry[]>;
  /** Token weight (inverse document frequency over English aliases). */
  weight: Map<string, number>;
  /** First character → Chinese aliases starting with it (normalised), longest first. */
  zhByFirst: Map<string, { key: string; entry: AliasEntry }[]>;
}

const SIMPLE_KEY = /^[a-z]+(?: [a-z]+)*$/;

// Most of the ~2,700 alias keys are plain words: split without the tokeniser's regex.
const tokensOf = (key: string): string[] => (SIMPLE_KEY.test(key) ? key.split(' ').filter((t) => !isStopWord(t)) : titleTokens(key));

function latinEntry(occ: number, alias: string, key: string, order: number): AliasEntry {
  const all = tokensOf(key);
  const tokens: string[] = [];
  for (const t of all) if (!tokens.includes(t)) tokens.push(t);
  return { occ, alias, tokens, weights: [], weight: 0, head: all[all.length - 1] ?? '', order };
}

/** Titles and aliases of every occupation, indexed once (a few ms) so each lookup is microseconds. */
export function buildTitleIndex(occupations: Occupation[], keyOf: (alias: string) => string = aliasKeyOf): TitleIndex {
  const index: TitleIndex = { occupations, exact: new Map(), byHead: new Map(), weight: new Map(), zhByFirst: new Map() };
  const latin: AliasEntry[] = [];
  const counts = new Map<string, number>();
  for (let occ = 0; occ < occupations.length; occ++) {
    const { en, zh, aliases } = occupations[occ] as Occupation;
    for (let i = -2; i < aliases.length; i++) {
      const alias = i === -2 ? en : i === -1 ? zh : (aliases[i] as string);
      const key = keyOf(alias);
      if (!key || index.exact.has(key)) continue;
      if (hasHan(key)) {
        const entry: AliasEntry = { occ, alias, tokens: [], weights: [], weight: 0, head: '', order: -1 };
        index.exact.set(key, entry);
        const list = index.zhByFirst.get(key[0] as string);
        if (list) list.push({ key, entry });
        else index.zhByFirst.set(key[0] as string, [{ key, entry }]);
        continue;
      }
      const entry = latinEntry(occ, alias, key, latin.length);
      index.exact.set(key, entry);
      if (!entry.tokens.length) continue;
      latin.push(entry);
      for (const t of entry.tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
  }
  for (const [token, count] of counts) index.weight.set(token, Math.log(1 + latin.length / count));
  for (const entry of latin) {
    for (const t of entry.tokens) {
      const w = index.weight.get(t) as number;
      entry.weights.push(w);
      entry.weight += w;
    }
    const list = index.byHead.get(entry.head);
    if (list) list.push(entry);
    else index.byHead.set(entry.head, [entry]);
  }
  for (const list of index.zhByFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return index;
}

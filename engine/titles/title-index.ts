import { hasHan } from '../text';
import { aliasKeyOf } from './alias-keys';
import { titleTokens } from './normalize';
import type { Occupation } from './schema';

export interface AliasEntry {
  /** Index into TitleIndex.occupations. */
  occ: number;
  /** The alias as written in the data. */
  alias: string;
  tokens: string[];
}

export interface TitleIndex {
  occupations: Occupation[];
  /** Normalised alias (EN or ZH) → entry. */
  exact: Map<string, AliasEntry>;
  /** Latin token → entries holding it. */
  byToken: Map<string, AliasEntry[]>;
  /** Token weight (inverse document frequency over English aliases). */
  weight: Map<string, number>;
  /** First character → Chinese aliases starting with it (normalised), longest first. */
  zhByFirst: Map<string, { key: string; entry: AliasEntry }[]>;
}

/** Titles and aliases of every occupation, indexed once (a few ms) so each lookup is microseconds. */
export function buildTitleIndex(occupations: Occupation[], keyOf: (alias: string) => string = aliasKeyOf): TitleIndex {
  const index: TitleIndex = { occupations, exact: new Map(), byToken: new Map(), weight: new Map(), zhByFirst: new Map() };
  const latin: AliasEntry[] = [];
  occupations.forEach((occupation, occ) => {
    for (const alias of [occupation.en, occupation.zh, ...occupation.aliases]) {
      const key = keyOf(alias);
      if (!key || index.exact.has(key)) continue;
      const entry: AliasEntry = { occ, alias, tokens: hasHan(alias) ? [] : titleTokens(key) };
      index.exact.set(key, entry);
      if (hasHan(key)) {
        const first = key[0] as string;
        if (!index.zhByFirst.has(first)) index.zhByFirst.set(first, []);
        index.zhByFirst.get(first)?.push({ key, entry });
      } else if (entry.tokens.length) latin.push(entry);
    }
  });
  for (const entry of latin)
    for (const token of new Set(entry.tokens)) {
      if (!index.byToken.has(token)) index.byToken.set(token, []);
      index.byToken.get(token)?.push(entry);
    }
  for (const [token, entries] of index.byToken) index.weight.set(token, Math.log(1 + latin.length / entries.length));
  for (const list of index.zhByFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return index;
}

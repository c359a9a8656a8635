import { aliasKeyOf } from './alias-keys';
import { computeTitleIndexData, keyTokens, type TitleIndexData } from './title-index-data';
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
  /** Its place among the aliases: ties go to the earlier one. */
  order: number;
}

const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * Titles and aliases of every occupation. Only the key → alias map is made up front (~2,700 entries); an
 * alias's tokens and weights are made the first time a title's word is its head (or a Chinese title's
 * character its first), from the counts and lists precomputed in data/occupations/title-index.json
 * (computed here when they don't fit the keys). Making all of them eagerly cost each page ~50 ms.
 */
export class TitleIndex {
  private readonly places = new Map<string, number>();
  private readonly keys: string[] = [];
  private readonly aliases: string[] = [];
  private readonly occs: number[] = [];
  private readonly entries: (AliasEntry | undefined)[] = [];
  private readonly byHead = new Map<string, AliasEntry[]>();
  private readonly zhByFirst = new Map<string, { key: string; entry: AliasEntry }[]>();
  /** The precomputed data, or what was computed in its place. */
  readonly data: TitleIndexData;

  constructor(
    readonly occupations: Occupation[],
    keyOf: (alias: string) => string = aliasKeyOf,
    data?: TitleIndexData,
  ) {
    for (let occ = 0; occ < occupations.length; occ++) {
      const { en, zh, aliases } = occupations[occ] as Occupation;
      for (let i = -2; i < aliases.length; i++) {
        const alias = i === -2 ? en : i === -1 ? zh : (aliases[i] as string);
        const key = keyOf(alias);
        if (!key || this.places.has(key)) continue;
        this.places.set(key, this.keys.length);
        this.keys.push(key);
        this.aliases.push(alias);
        this.occs.push(occ);
      }
    }
    this.data = data?.keys === this.keys.length ? data : computeTitleIndexData(this.keys);
  }

  /** Token weight (inverse document frequency over the Latin aliases); undefined for a word no alias uses. */
  weightOf(token: string): number | undefined {
    const count = own(this.data.counts, token);
    return count === undefined ? undefined : Math.log(1 + this.data.latin / count);
  }

  /** The alias whose normalised key (EN or ZH) this is. */
  exact(key: string): AliasEntry | undefined {
    const place = this.places.get(key);
    return place === undefined ? undefined : this.entryAt(place);
  }

  /** Latin aliases ending with this token. */
  withHead(head: string): AliasEntry[] {
    let list = this.byHead.get(head);
    if (!list) this.byHead.set(head, (list = (own(this.data.heads, head) ?? []).map((place) => this.entryAt(place))));
    return list;
  }

  /** Chinese aliases (normalised) starting with this character, longest first. */
  zhStarting(char: string): { key: string; entry: AliasEntry }[] {
    let list = this.zhByFirst.get(char);
    if (!list) this.zhByFirst.set(char, (list = (own(this.data.zh, char) ?? []).map((place) => ({ key: this.keys[place] as string, entry: this.entryAt(place) }))));
    return list;
  }

  /** Every alias, in key order. */
  all(): AliasEntry[] {
    return this.keys.map((_, place) => this.entryAt(place));
  }

  private entryAt(place: number): AliasEntry {
    const made = this.entries[place];
    if (made) return made;
    const { tokens, head } = keyTokens(this.keys[place] as string);
    const weights = tokens.map((t) => this.weightOf(t) as number);
    let weight = 0;
    for (const w of weights) weight += w;
    const entry: AliasEntry = { occ: this.occs[place] as number, alias: this.aliases[place] as string, tokens, weights, weight, head, order: place };
    this.entries[place] = entry;
    return entry;
  }
}

import { hasHan } from '../text';
import { isStopWord, singular } from './normalize';
import { pushTo } from '../group';

/**
 * data/occupations/title-index.json, derived by `npm run titles:build` so that nothing is built at start but
 * one small map: every title key sorted (found by binary search), the occupation each names, and each Latin
 * key's set of words as a signature (sorted word numbers, "12,345"), the signatures sorted too.
 */
export interface TitleIndexData {
  /** Every distinct word of the Latin keys (plurals folded), sorted, and how many keys use it. */
  words: string[];
  counts: number[];
  /** Every title key, sorted (UTF-16 order), and the index in occupations.json of the occupation it names. */
  keys: string[];
  occ: number[];
  /** Every distinct word set of the Latin keys, sorted, and the keys (indexes into `keys`) with exactly that set. */
  sets: string[];
  members: number[][];
}

/** One title key of an occupation, as the index holds it. */
export interface AliasEntry {
  /** Index of its occupation. */
  occ: number;
  key: string;
}

/** The first index in a sorted list whose value is ≥ `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A key's words (stop words dropped, plurals folded), each once, in order. */
export function keyWords(key: string): string[] {
  const out: string[] = [];
  for (const raw of key.split(' ')) {
    if (!raw || isStopWord(raw)) continue;
    const word = singular(raw);
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

/** The index's data computed from each occupation's title keys (what titles:build writes). */
export function computeTitleIndexData(titles: readonly (readonly string[])[]): TitleIndexData {
  const owner = new Map<string, number>();
  titles.forEach((keys, occ) => keys.forEach((key) => owner.has(key) || owner.set(key, occ)));
  const keys = [...owner.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const counts = new Map<string, number>();
  const wordsOf = keys.map((key) => (hasHan(key) ? [] : keyWords(key)));
  for (const words of wordsOf) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const words = [...counts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const number = new Map(words.map((w, i) => [w, i]));
  const bySet = new Map<string, number[]>();
  wordsOf.forEach((ws, at) => {
    if (ws.length === 0) return;
    const sig = signature(ws.map((w) => number.get(w)!));
    pushTo(bySet, sig, at);
  });
  const sets = [...bySet.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { words, counts: words.map((w) => counts.get(w)!), keys, occ: keys.map((k) => owner.get(k)!), sets, members: sets.map((s) => bySet.get(s)!) };
}

/** A set of word numbers as a lookup key: sorted, joined. */
export function signature(ids: readonly number[]): string {
  if (ids.length === 1) return String(ids[0]);
  return [...ids].sort((a, b) => a - b).join(',');
}

/**
 * Every title key of every occupation (tens of thousands). Latin keys are found by their set of words — a
 * title's cleaned words hold them whole, in any order — and weighted by how rare their words are; Chinese keys
 * by the longest key found inside a title.
 */
export class TitleIndex {
  private readonly wordNumbers: Map<string, number>;
  private readonly latin: number;
  private readonly occupationIndexes: Map<string, number>;
  /** Hash lookups for whole keys and word sets: a binary search compares strings some 16 times per try. */
  private readonly keyPositions: Map<string, number>;
  private readonly setPositions: Map<string, number>;

  constructor(
    private readonly data: TitleIndexData,
    ids: readonly string[] = [],
  ) {
    this.wordNumbers = new Map(data.words.map((w, i) => [w, i]));
    this.latin = data.members.reduce((sum, m) => sum + m.length, 0);
    this.occupationIndexes = new Map(ids.map((id, i) => [id, i]));
    this.keyPositions = new Map(data.keys.map((key, i) => [key, i]));
    this.setPositions = new Map(data.sets.map((set, i) => [set, i]));
  }

  get size(): number {
    return this.data.keys.length;
  }

  /** The index of an occupation by its id. */
  occupationIndex(id: string): number | undefined {
    return this.occupationIndexes.get(id);
  }

  private entry(at: number): AliasEntry {
    return { occ: this.data.occ[at]!, key: this.data.keys[at]! };
  }

  /** The weight of a word by its number (rarer words weigh more). */
  weightOfId(n: number): number {
    return Math.log(1 + this.latin / this.data.counts[n]!);
  }

  /** A word's number in the index (plurals folded); undefined for a word no key uses. */
  idOf(word: string): number | undefined {
    return this.wordNumbers.get(singular(word));
  }

  exact(key: string): AliasEntry | undefined {
    const at = this.keyPositions.get(key);
    return at === undefined ? undefined : this.entry(at);
  }

  /** The first key whose words are exactly this set of word numbers (sorted ascending), if any. */
  firstWithTokens(sortedIds: readonly number[]): AliasEntry | undefined {
    const at = this.setPositions.get(sortedIds.join(','));
    return at === undefined ? undefined : this.entry(this.data.members[at]![0]!);
  }

  /** The keys starting with this prefix: positions [from, to) for keyAt(). */
  prefixRange(prefix: string): [number, number] {
    const from = lowerBound(this.data.keys, prefix);
    let to = from;
    while (to < this.data.keys.length && this.data.keys[to]!.startsWith(prefix)) to++;
    return [from, to];
  }

  keyAt(at: number): string {
    return this.data.keys[at]!;
  }

  entryAt(at: number): AliasEntry {
    return this.entry(at);
  }
}

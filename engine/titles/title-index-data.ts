import { hasHan } from '../text';
import { isStopWord, titleTokens } from './normalize';

/** What `npm run titles:build` derives from the alias keys once, so the content script doesn't on every page. */
export interface TitleIndexData {
  /** How many distinct alias keys it was computed from: the index ignores data that doesn't fit its keys. */
  keys: number;
  /** How many Latin aliases have a token (the document count of the weights). */
  latin: number;
  /** Token → how many Latin aliases use it. */
  counts: Record<string, number>;
  /** Head token → places (in key order) of the Latin aliases ending with it. */
  heads: Record<string, number[]>;
  /** First character → places of the Chinese keys starting with it, longest key first. */
  zh: Record<string, number[]>;
}

const SIMPLE_KEY = /^[a-z]+(?: [a-z]+)*$/;

/** A Latin key's distinct tokens in order and its head (its last token); no tokens for a Chinese key. */
export function keyTokens(key: string): { tokens: string[]; head: string } {
  if (hasHan(key)) return { tokens: [], head: '' };
  // Most of the ~2,700 alias keys are plain words: split without the tokeniser's regex (stop words dropped below).
  const all = SIMPLE_KEY.test(key) ? key.split(' ') : titleTokens(key);
  const tokens: string[] = [];
  let head = '';
  for (const t of all) {
    if (isStopWord(t)) continue;
    head = t;
    if (!tokens.includes(t)) tokens.push(t);
  }
  return { tokens, head };
}

function push(lists: Map<string, number[]>, key: string, place: number): void {
  const list = lists.get(key);
  if (list) list.push(place);
  else lists.set(key, [place]);
}

/** The token counts, head lists and Chinese first characters of the distinct alias keys, in their order. */
export function computeTitleIndexData(keys: readonly string[]): TitleIndexData {
  const data: TitleIndexData = { keys: keys.length, latin: 0, counts: {}, heads: {}, zh: {} };
  const counts = new Map<string, number>();
  const heads = new Map<string, number[]>();
  const zh = new Map<string, number[]>();
  keys.forEach((key, place) => {
    if (hasHan(key)) return push(zh, key[0] as string, place);
    const { tokens, head } = keyTokens(key);
    if (!tokens.length) return;
    data.latin++;
    for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
    push(heads, head, place);
  });
  for (const list of zh.values()) list.sort((a, b) => (keys[b] as string).length - (keys[a] as string).length);
  data.counts = Object.fromEntries(counts);
  data.heads = Object.fromEntries(heads);
  data.zh = Object.fromEntries(zh);
  return data;
}

/** title-index.json's exact text: one token or head a line, so data changes show up as readable diffs. */
export function serializeTitleIndexData(data: TitleIndexData): string {
  const block = (record: Record<string, unknown>) =>
    `{\n${Object.entries(record)
      .map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`)
      .join(',\n')}\n  }`;
  const blocks = `"counts": ${block(data.counts)},\n  "heads": ${block(data.heads)},\n  "zh": ${block(data.zh)}`;
  return `{\n  "keys": ${data.keys},\n  "latin": ${data.latin},\n  ${blocks}\n}\n`;
}

// A duty written in French, Spanish, Italian, German, Portuguese, Vietnamese or Japanese, read in English words
// for the classifier (fitted on English O*NET statements): "Rédaction de courriers et de notes" → "draft letters
// notes". Word by word from data/lines/gloss.json; words it doesn't know stay (cognates and tool names mostly read
// as they are: "marketing", "Python", "documentation"). Vietnamese words are mostly phrases of syllables
// ("nhập liệu" → "data entry"). Japanese has no spaces: its terms are found inside the line, longest first, and
// the action terms read first ("請求書の作成" → "prepare invoices"), as English tasks open with their verb; what
// no term covers is read past, but Latin words stay ("CAD"). The line the user sees keeps its own words.
import glossJson from '../../data/lines/gloss.json';
import { checkedData } from '../data-files';
import type { GlossFile } from './schema';

export type GlossLang = keyof GlossFile['languages'] | keyof GlossFile['unspaced'];
type SpacedLang = keyof GlossFile['languages'];

interface Compiled {
  drop: ReadonlySet<string>;
  /** All multi-word keys in one pattern, longest first; what each reads as. */
  phrases: RegExp | null;
  phraseEnglish: ReadonlyMap<string, string>;
  exact: ReadonlyMap<string, string>;
  /** Prefix keys, longest first. */
  prefixes: [string, string][];
  compounds: boolean;
  /** Future endings, longest first, with the infinitive endings they stand for. */
  futures: [string, string[]][];
}

const GLOSS = checkedData<GlossFile>(glossJson);
const compiled = new Map<SpacedLang, Compiled>();

function compileLang(lang: SpacedLang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const spec = GLOSS.languages[lang]!;
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const [key, english] of Object.entries(spec.words)) {
    if (key.endsWith('*')) prefixes.push([key.slice(0, -1), english]);
    else exact.set(key, english);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const keys = Object.keys(spec.phrases).sort((a, b) => b.length - a.length);
  const phrases = keys.length > 0 ? new RegExp(`(?:^| )(${keys.join('|')})(?= |$)`, 'g') : null;
  const phraseEnglish = new Map(keys.map((key) => [key, spec.phrases[key] ? ` ${spec.phrases[key]!.replace(/ /g, '_')} ` : ' ']));
  const futures = Object.entries(spec.futures ?? {}).sort((a, b) => b[0].length - a[0].length);
  c = { drop: new Set(spec.drop.split(' ')), phrases, phraseEnglish, exact, prefixes, compounds: spec.compounds === true, futures };
  compiled.set(lang, c);
  return c;
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/[’']/g, ' ').replace(/[^a-z0-9+#.]+/g, ' ').trim();

/** The longest prefix key the word begins with, and what it reads as. */
function prefixOf(c: Compiled, word: string): [string, string] | undefined {
  for (const entry of c.prefixes) if (word.startsWith(entry[0])) return entry;
  return undefined;
}

function knownWord(c: Compiled, word: string): string | undefined {
  return c.exact.get(word) ?? prefixOf(c, word)?.[1];
}

/** The part of a compound it ends in ("Verkaufszahlen": "zahlen", after "verkauf(s)") is at least this long. */
const HEAD_MIN = 5;

/** A compound by its longest known last part, with the known part before it ("verkaufszahlen" → "sales figures"). */
function compoundOf(c: Compiled, word: string): string | undefined {
  for (let at = 3; at <= word.length - HEAD_MIN; at++) {
    const head = knownWord(c, word.slice(at));
    if (head === undefined) continue;
    const before = word.slice(0, at);
    const modifier = knownWord(c, before) ?? (before.endsWith('s') ? knownWord(c, before.slice(0, -1)) : undefined);
    return modifier ? `${modifier} ${head}` : head;
  }
  return undefined;
}

/** A prefix key followed by more than an inflection this long may begin a compound ("patient*" in "patientenakten"). */
const INFLECTION_MAX = 4;

/** A word read as a future is at least this long ("para" is no future of "parar"; "tiendrez" is "tenir"'s). */
const FUTURE_MIN = 6;

/** A verb in the future read as its infinitive ("vous animerez" → "animer", "gestirai" → "gestire"), if a word knows it. */
function futureOf(c: Compiled, word: string): string | undefined {
  for (const [ending, infinitives] of c.futures) {
    if (!word.endsWith(ending) || word.length < FUTURE_MIN || word.length === ending.length) continue;
    const stem = word.slice(0, -ending.length);
    for (const infinitive of infinitives) {
      const known = knownWord(c, stem + infinitive);
      if (known !== undefined) return known;
    }
  }
  return undefined;
}

function wordOf(c: Compiled, word: string): string {
  const exact = c.exact.get(word);
  if (exact !== undefined) return exact;
  const prefix = prefixOf(c, word);
  const compound = c.compounds && (!prefix || word.length - prefix[0].length > INFLECTION_MAX) ? compoundOf(c, word) : undefined;
  return compound ?? prefix?.[1] ?? futureOf(c, word) ?? word;
}

/** The languages glossed, from a posting's language tag ("fr", "fr-FR", "it", "ja"). */
export function glossLang(tag: string | null | undefined): GlossLang | null {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return base in GLOSS.languages || base in GLOSS.unspaced ? (base as GlossLang) : null;
}

interface Terms {
  verbs: ReadonlyMap<string, string>;
  words: ReadonlyMap<string, string>;
  longest: number;
}
let japanese: Terms | undefined;

function compileTerms(): Terms {
  if (japanese) return japanese;
  const { verbs, words } = GLOSS.unspaced.ja;
  const longest = Math.max(...[...Object.keys(verbs), ...Object.keys(words)].map((key) => key.length));
  return (japanese = { verbs: new Map(Object.entries(verbs)), words: new Map(Object.entries(words)), longest });
}

const LATIN = /[a-z0-9+#.]/;

/** A Japanese line in English words: its action terms first, then the rest in their order. */
function glossedUnspaced(text: string): string {
  const t = compileTerms();
  const line = text.normalize('NFKC').toLowerCase();
  const verbs: string[] = [];
  const rest: string[] = [];
  let at = 0;
  while (at < line.length) {
    if (LATIN.test(line[at]!)) {
      let end = at + 1;
      while (end < line.length && LATIN.test(line[end]!)) end++;
      rest.push(line.slice(at, end));
      at = end;
      continue;
    }
    let length = Math.min(t.longest, line.length - at);
    for (; length > 0; length--) {
      const term = line.slice(at, at + length);
      const verb = t.verbs.get(term);
      if (verb !== undefined) verbs.push(verb);
      else {
        const word = t.words.get(term);
        if (word === undefined) continue;
        rest.push(word);
      }
      break;
    }
    at += Math.max(length, 1);
  }
  return [...verbs, ...rest].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** The line in English words (lower case), for the classifier only. */
export function glossed(text: string, lang: GlossLang): string {
  if (lang === 'ja') return glossedUnspaced(text);
  const c = compileLang(lang);
  let folded = ` ${fold(text)} `;
  if (c.phrases) folded = folded.replace(c.phrases, (_, phrase: string) => c.phraseEnglish.get(phrase)!);
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    if (!word) continue;
    if (word.includes('_')) out.push(word.replace(/_/g, ' '));
    else if (!c.drop.has(word)) out.push(wordOf(c, word));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

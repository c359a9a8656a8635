// A duty written in French, Spanish, Italian, German or Portuguese, read in English words for the classifier
// (fitted on English O*NET statements): "Rédaction de courriers et de notes" → "draft letters and notes".
// Word by word from data/lines/gloss.json; words it doesn't know stay (cognates and tool names mostly read
// as they are: "marketing", "Python", "documentation"). The line the user sees keeps its own words.
import glossJson from '../../data/lines/gloss.json';
import { checkedData } from '../data-files';
import type { GlossFile } from './schema';

export type GlossLang = keyof GlossFile['languages'];

interface Compiled {
  drop: ReadonlySet<string>;
  phrases: [RegExp, string][];
  exact: ReadonlyMap<string, string>;
  /** Prefix keys, longest first. */
  prefixes: [string, string][];
}

const compiled = new Map<GlossLang, Compiled>();

function compileLang(lang: GlossLang): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const spec = checkedData<GlossFile>(glossJson).languages[lang]!;
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const [key, english] of Object.entries(spec.words)) {
    if (key.endsWith('*')) prefixes.push([key.slice(0, -1), english]);
    else exact.set(key, english);
  }
  prefixes.sort((a, b) => b[0].length - a[0].length);
  const phrases = Object.entries(spec.phrases)
    .sort((a, b) => b[0].length - a[0].length)
    .map(([phrase, english]) => [new RegExp(`(?:^| )${phrase}(?= |$)`, 'g'), english ? ` ${english.replace(/ /g, '_')} ` : ' '] as [RegExp, string]);
  c = { drop: new Set(spec.drop.split(' ')), phrases, exact, prefixes };
  compiled.set(lang, c);
  return c;
}

const fold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss').replace(/[’']/g, ' ').replace(/[^a-z0-9+#.]+/g, ' ').trim();

function wordOf(c: Compiled, word: string): string {
  const known = c.exact.get(word);
  if (known !== undefined) return known;
  for (const [prefix, english] of c.prefixes) if (word.startsWith(prefix)) return english;
  return word;
}

/** The languages glossed, from a posting's language tag ("fr", "fr-FR", "it"). */
export function glossLang(tag: string | null | undefined): GlossLang | null {
  const base = (tag ?? '').slice(0, 2).toLowerCase();
  return base in checkedData<GlossFile>(glossJson).languages ? (base as GlossLang) : null;
}

/** The line in English words (lower case), for the classifier only. */
export function glossed(text: string, lang: GlossLang): string {
  const c = compileLang(lang);
  let folded = ` ${fold(text)} `;
  for (const [pattern, english] of c.phrases) folded = folded.replace(pattern, english);
  const out: string[] = [];
  for (const word of folded.split(' ')) {
    if (!word) continue;
    if (word.includes('_')) out.push(word.replace(/_/g, ' '));
    else if (!c.drop.has(word)) out.push(wordOf(c, word));
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

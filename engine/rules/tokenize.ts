// English tokens, crudely stemmed so "drafts", "drafting" and "drafted" meet "draft" in a rule.
// A hand-written scanner (no regex per call): a word starts with [a-z0-9] and goes on with [a-z0-9+#];
// apostrophes split words ("you'll" → you, ll) in rules and text alike.

const DOUBLE = /([bdfgklmnprt])\1$/;
const SIBILANT_ES = /(?:ss|x|z|ch|sh)es$/;

// Words kept whole: -ing nouns whose verb means something else at work ("meeting notes" is desk work, "meet clients" is
// not); work named by a gerund whose stem is another noun (landscaping is no "competitive landscape", framing no "time
// frame", coding no "code blue", scripting no "call scripts"); and "scheduled", an adjective in duties ("scheduled
// maintenance", "at scheduled intervals"), no scheduling done.
const KEPT_WHOLE: ReadonlySet<string> = new Set(['meeting', 'planting', 'coding', 'landscaping', 'framing', 'scripting', 'scheduled']);

export function stem(word: string): string {
  if (KEPT_WHOLE.has(word)) return word;
  if (word.endsWith('ings') && KEPT_WHOLE.has(word.slice(0, -1))) return word.slice(0, -1);
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3).replace(DOUBLE, '$1');
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2).replace(DOUBLE, '$1');
  else if (w.length > 4 && SIBILANT_ES.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Task vocabulary is small, so remembering stems pays; the cap keeps a flood of unique words bounded.
const STEMS = new Map<string, string>();
const MAX_CACHED = 50_000;

function cachedStem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    s = stem(word);
    if (STEMS.size < MAX_CACHED) STEMS.set(word, s);
  }
  return s;
}

const isAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isWordChar = (c: number): boolean => isAlnum(c) || c === 43 /* + */ || c === 35; /* # */

/** Stemmed tokens with their [start, end) offsets in the text; buffers are reused between calls. */
export interface Tokens {
  /** The lower-cased text the offsets point into. */
  lower: string;
  words: string[];
  starts: number[];
  ends: number[];
}

export function newTokens(): Tokens {
  return { lower: '', words: [], starts: [], ends: [] };
}

/** Fills `out` (cleared first) with the stemmed tokens of `text`. */
export function tokenizeInto(text: string, out: Tokens): Tokens {
  const lower = text.toLowerCase();
  out.lower = lower;
  out.words.length = 0;
  out.starts.length = 0;
  out.ends.length = 0;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    if (!isAlnum(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordChar(lower.charCodeAt(i))) i++;
    out.words.push(cachedStem(lower.slice(start, i)));
    out.starts.push(start);
    out.ends.push(i);
  }
  return out;
}

export function tokenize(text: string): string[] {
  return tokenizeInto(text, newTokens()).words;
}

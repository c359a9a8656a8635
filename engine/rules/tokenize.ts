// English tokens, crudely stemmed so "drafts", "drafting" and "drafted" meet "draft" in a rule.

// Apostrophes split words ("you'll" → you, ll) in rules and text alike.
const WORD = /[a-z0-9][a-z0-9+#]*/g;
const DOUBLE = /([bdfgklmnprt])\1$/;

export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3).replace(DOUBLE, '$1');
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2).replace(DOUBLE, '$1');
  else if (w.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(w)) w = w.slice(0, -2);
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

export function tokenize(text: string): string[] {
  const words = text.toLowerCase().match(WORD);
  return words ? words.map(cachedStem) : [];
}

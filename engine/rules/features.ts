// The lexicon's features, shared by the fit (scripts/rules-fit.ts) and classify(): stemmed words and
// pairs of neighbouring words, with function words skipped (they neither count nor break a pair).
import { stem } from './tokenize';

const FUNCTION_WORDS =
  'a an the and or nor but of to in on at by for from with within without into onto via per as than ' +
  'is are be been being was were will would shall should can could may might must do does did ' +
  'this that these those such other others its it his her their them they he she we our us you your i me my ' +
  'not no all any each every both either neither some own same so also etc e g ie eg which who whom whose what where when while';

/** Function words in stemmed form ("this" stems to "thi"). */
export const STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(' ').map(stem));

export const PAIR_SEPARATOR = ' ';

/** Word and word-pair features of a token list, in order, repeats kept (weights add per occurrence). */
export function wordFeatures(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let prev: string | undefined;
  for (const token of tokens) {
    if (STOPWORDS.has(token)) continue;
    out.push(token);
    if (prev !== undefined) out.push(prev + PAIR_SEPARATOR + token);
    prev = token;
  }
  return out;
}

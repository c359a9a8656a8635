// The lexicon's features, shared by the fit (scripts/rules-fit.ts) and classify(): stemmed words and
// pairs of neighbouring words, with function words skipped (they neither count nor break a pair); and
// the lead verb (O*NET tasks open with their main verb) alone and with each of the next two content
// words, which usually hold its object ("^prepar>>report" for "prepare financial reports").
import { stem } from './tokenize';

const FUNCTION_WORDS =
  'a an the and or nor but of to in on at by for from with within without into onto via per as than ' +
  'is are be been being was were will would shall should can could may might must do does did ' +
  'this that these those such other others its it his her their them they he she we our us you your i me my ' +
  'not no all any each every both either neither some own same so also etc e g ie eg which who whom whose what where when while';

/** Function words in stemmed form ("this" stems to "thi"). */
export const STOPWORDS: ReadonlySet<string> = new Set(FUNCTION_WORDS.split(' ').map(stem));

export const PAIR_SEPARATOR = ' ';
/** Marks a lead-verb feature; then the verb, and the object after '>' (next word) or '>>' (the one after). */
export const LEAD = '^';
export const NEXT = '>';
export const AFTER_NEXT = '>>';

export interface LeadFeature {
  verb: string;
  /** 0: the verb alone; 1: with the next content word; 2: with the one after. */
  gap: 0 | 1 | 2;
  object: string;
}

export function parseLead(feature: string): LeadFeature | undefined {
  if (!feature.startsWith(LEAD)) return undefined;
  const body = feature.slice(LEAD.length);
  const at = body.indexOf(NEXT);
  if (at < 0) return { verb: body, gap: 0, object: '' };
  const gap = body.startsWith(AFTER_NEXT, at) ? 2 : 1;
  return { verb: body.slice(0, at), gap, object: body.slice(at + gap) };
}

/** Word and word-pair features of a token list, in order, repeats kept (weights add per occurrence). */
export function wordFeatures(tokens: readonly string[]): string[] {
  const out: string[] = [];
  const content: string[] = [];
  let prev: string | undefined;
  for (const token of tokens) {
    if (STOPWORDS.has(token)) continue;
    out.push(token);
    if (prev !== undefined) out.push(prev + PAIR_SEPARATOR + token);
    prev = token;
    if (content.length < 3) content.push(token);
  }
  const [verb, next, afterNext] = content;
  if (verb !== undefined) out.push(LEAD + verb);
  if (verb !== undefined && next !== undefined) out.push(LEAD + verb + NEXT + next);
  if (verb !== undefined && afterNext !== undefined) out.push(LEAD + verb + AFTER_NEXT + afterNext);
  return out;
}

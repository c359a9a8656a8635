// The lexicon's features, shared by the fit (scripts/rules-fit.ts) and classify(): stemmed words and
// pairs of neighbouring words, with function words skipped (they neither count nor break a pair); the
// lead verb (O*NET tasks open with their main verb) alone and with each of the next two content words,
// which usually hold its object ("^prepar>>report" for "prepare financial reports"); and the words of
// the task's opening clause once more ("<report"): what a task does weighs more than what it is for
// ("… to ensure compliance"), what it uses ("…, using hand tools") or its examples ("such as …"). With the
// lexicon's word classes: each classed word's class ("%document"), the lead verb's ("^%document") and that with
// the next word's class ("^%document>%analyze").
import { stem, type Tokens } from './tokenize';

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

/** Marks a word of the opening clause: the content words before the first clause break, at most OPENING_MAX. */
export const OPENING = '<';
export const OPENING_MAX = 6;

/** Stemmed words that start a clause of their own: "to", "for", "such (as)", "including", "using". */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(['to', 'for', 'such', 'includ', 'using']);

const isClausePunctuation = (code: number): boolean => code === 44 /* , */ || code === 59 /* ; */ || code === 58 /* : */ || code === 40 /* ( */ || code === 46; /* . */

/** Whether , ; : ( or . stands between token i and the one before. */
export function punctuationBefore(tokens: Tokens, i: number): boolean {
  const { lower, ends, starts } = tokens;
  for (let c = ends[i - 1]!; c < starts[i]!; c++) if (isClausePunctuation(lower.charCodeAt(c))) return true;
  return false;
}

/** Marks a word-class feature (scripts/rules-classes.ts): "%document" for any word of the class named "document". */
export const CLASS = '%';

/** Stemmed word → the name of its class. */
export type WordClasses = ReadonlyMap<string, string>;

/** Classes as written in a lexicon ({ class: "word word …" }) as a word → class map. */
export function classMap(classes: Readonly<Record<string, string>> | undefined): WordClasses {
  const out = new Map<string, string>();
  for (const [name, words] of Object.entries(classes ?? {})) for (const w of words.split(' ')) out.set(w, name);
  return out;
}

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

/**
 * Word and word-pair features of a task, in order, repeats kept (weights add per occurrence). From
 * tokenizeInto's Tokens the opening clause ends at punctuation too; from bare words, at clause words only.
 */
export function wordFeatures(input: readonly string[] | Tokens, classes?: WordClasses): string[] {
  const tokens = Array.isArray(input) ? undefined : (input as Tokens);
  const words: readonly string[] = tokens ? tokens.words : (input as readonly string[]);
  const out: string[] = [];
  const content: string[] = [];
  let prev: string | undefined;
  // Content words of the opening clause so far (−1 once it has ended), and since the last punctuation:
  // a comma after a single word lists verbs ("Plan, direct, or coordinate …") and ends nothing.
  let opening = 0;
  let segment = 0;
  for (let i = 0; i < words.length; i++) {
    const token = words[i]!;
    if (opening >= 0 && i > 0) {
      if (CLAUSE_WORDS.has(token)) opening = -1;
      else if (tokens && punctuationBefore(tokens, i)) {
        if (segment > 1) opening = -1;
        segment = 0;
      }
    }
    if (STOPWORDS.has(token)) continue;
    out.push(token);
    const cls = classes?.get(token);
    if (cls !== undefined) out.push(CLASS + cls);
    if (opening >= 0 && opening < OPENING_MAX) {
      out.push(OPENING + token);
      opening++;
      segment++;
    }
    if (prev !== undefined) out.push(prev + PAIR_SEPARATOR + token);
    prev = token;
    if (content.length < 3) content.push(token);
  }
  const [verb, next, afterNext] = content;
  if (verb !== undefined) out.push(LEAD + verb);
  if (verb !== undefined && next !== undefined) out.push(LEAD + verb + NEXT + next);
  if (verb !== undefined && afterNext !== undefined) out.push(LEAD + verb + AFTER_NEXT + afterNext);
  const verbClass = verb === undefined ? undefined : classes?.get(verb);
  if (verbClass !== undefined) {
    out.push(LEAD + CLASS + verbClass);
    const nextClass = next === undefined ? undefined : classes?.get(next);
    if (nextClass !== undefined) out.push(LEAD + CLASS + verbClass + NEXT + CLASS + nextClass);
  }
  return out;
}

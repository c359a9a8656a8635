// A posting's duty line as a task statement: the classifier was fitted on O*NET statements, which open
// with their main verb ("Prepare reports…"), so the lead-ins postings put before it are set aside:
// "You will", "As a Data Scientist, you'll", "Responsible for", "The Senior Engineer will", a label
// ("Calendar & Time Management – Own the CEO's schedule"), the share of the job it takes ("(40%)"). A French, Spanish,
// Italian, German, Portuguese, Vietnamese or Japanese line is read in English words first (engine/lines/gloss.ts). The
// line shown to the user keeps its words.
import { glossed, glossLang, type GlossLang } from './gloss';
import { DUTY_VERBS } from './units';
import { stem } from '../rules/tokenize';
import { KANA } from '../text';
import { simplified } from '../traditional';

const LABEL = /^[^:–—-]{2,50}?\s*(?:[:：]|\s[–—-])\s+(?=\S)/;
// The share of the job a duty takes, put before it on public-sector and university postings: "(40%) Plan…", "25% - Recruit…".
const SHARE = /^\(?\d{1,3}\s?%\)?\s*(?:[-–—:.]\s*)?(?=\p{L})/u;
/** "Under general supervision, provides…": a public-sector job specification's duty, after whose direction it is done. */
// ("Under general supervision, but in line with established policies, provides…", "Under the direction and close supervision
// of a supervisory official, as a trainee, learns to conduct…": a second aside before the work.)
export const UNDER_DIRECTION =
  /^under (?:the )?(?:(?:general|direct|close|immediate|limited|administrative) )?(?:supervision|direction|guidance)(?: and (?:(?:general|direct|close|immediate) )?(?:supervision|direction|guidance))?(?: of [^,]{1,80})?(?:,\s*|\s+(?=[a-z]+s\b))(?:(?:but |and )?(?:in line with|in accordance with|as an?|within|following|using)\b[^,]{1,80},\s*)?/i;
const CONNECTIVE = /^(?:additionally|also|in addition|furthermore|moreover|finally|then)\b,?\s*/i;
const CLAUSE = /^(?:as|in) (?:an? |the |this |our )?[^,]{2,60},\s*/i;
const SUBJECT =
  /^(?:you(?:['’]ll| will| are going to| would)|they(?: will)?|(?:the|this|our) (?:[\w-]+ ){0,5}?(?:will|shall))\s+(?:also\s+|then\s+|actively\s+|directly\s+|get to\s+|help(?: to)?\s+)*(?:be\s+)?/i;
const RESPONSIBLE = /^(?:(?:you are|is|are|will be|be)\s+)?(?:responsible|accountable|tasked)\s+(?:for|with)\s+|^(?:primary |main |key |daily )?(?:responsibilities|duties|tasks) (?:will )?include\s+/i;

/** Whether the text opens with a verb duties use, in English ("Write", "Prepares"): a label's words or the work. */
function opensWithVerb(text: string): boolean {
  const first = /^[a-z]+/i.exec(text)?.[0].toLowerCase();
  return !!first && DUTY_VERBS.has(stem(first));
}

/** The words of a duty line the classifier should read: from its main verb on (never empty). */
export function taskStatement(line: string): string {
  let text = line.trim().replace(SHARE, '');
  const label = LABEL.exec(text);
  // ("Write press materials: news releases, talking points and memos": a label that is the work, its objects after it, stays.)
  if (label && label[0].split(/\s+/).length <= 7 && text.length - label[0].length >= 15 && !(opensWithVerb(label[0]) && !opensWithVerb(text.slice(label[0].length)))) text = text.slice(label[0].length);
  text = text.replace(CONNECTIVE, '').replace(UNDER_DIRECTION, '');
  const clause = CLAUSE.exec(text);
  if (clause && /^(?:you|they)\b/i.test(text.slice(clause[0].length))) text = text.slice(clause[0].length);
  text = text.replace(SUBJECT, '').replace(RESPONSIBLE, '');
  return text.length >= 8 ? text : line;
}

const ENGLISH = /\b(?:the|and|of|to|with|for|in|on|our|your|you|will)\b/gi;
// Words that tell the languages apart when a posting mixes them (an English Workday page with French duties).
const FUNCTION_WORDS: [GlossLang, RegExp][] = [
  ['fr', /\b(?:les|des|du|une|pour|avec|dans|sur|aux|vous|nous|est|et|afin)\b/gi],
  ['es', /\b(?:los|las|del|para|con|una|por|el|y|tus|nuestro|nuestra)\b/gi],
  ['it', /\b(?:gli|della|delle|degli|per|che|nella|nelle|il|dei|ed|con)\b/gi],
  ['pt', /\b(?:não|em|dos|das|para|com|uma|ao|aos|nossa|nosso)\b/gi],
  ['de', /\b(?:der|die|das|und|mit|für|von|zu|im|den|sie|wir)\b/gi],
];
// French elides its articles and prepositions before a vowel ("lors d'événements", "qu'ils"), words no list above sees.
const FR_ELISION = /(?:^|[\s(«"])(?:d|qu|j|n)['’](?=\p{L})/giu;
const count = (text: string, words: RegExp): number => text.match(words)?.length ?? 0;


/** The language a line is glossed from: the posting's when the line doesn't read as English, else the one its words name. */
function lineLang(line: string, language: string | null | undefined): GlossLang | null {
  // Kana are Japanese alone: a line with them is Japanese whatever the posting's language (Chinese has none).
  if (KANA.test(line)) return 'ja';
  const english = count(line, ENGLISH);
  const posting = glossLang(language);
  if (posting && english < 2) return posting;
  let best: GlossLang | null = null;
  let most = Math.max(2, english);
  for (const [lang, words] of FUNCTION_WORDS) {
    const n = count(line, words) + (lang === 'fr' ? count(line, FR_ELISION) : 0);
    if (n > most) [best, most] = [lang, n];
  }
  return best;
}

/** The duty line as the classifier reads it, in English words when it is written in a language we gloss. */
export function statementFor(line: string, language: string | null | undefined): string {
  const lang = lineLang(line, language);
  // Chinese in traditional characters is read in the simplified ones the rules and lexicon know.
  if (!lang) return simplified(taskStatement(line));
  const english = glossed(taskStatement(line), lang);
  return english.length >= 3 ? english : taskStatement(line);
}

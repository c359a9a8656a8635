// A job title in Italian, Spanish, Portuguese, French or German read in English words, for titles no key
// matched as written: "Addetto magazzino" → "warehouse worker", "Operaio/a di produzione" → "production worker",
// "Buchhalter (m/w/d)" → "bookkeeper". Word by word from the title words below; the language is the one that
// knows most of the title's words. Romance titles put the job first ("addetto" of "addetto magazzino"), so its
// gloss moves to the end, where an English title has its head. Words no language knows stay as they are.
import { TITLE_WORDS, type TitleLanguage } from './gloss-words';

const WORD = /[\p{L}][\p{L}'’-]*/gu;
// "operaio/a", "Desarrollador/a", "Mitarbeiter/in", "Ingénieur(e)", "Mitarbeiter*in", "Werkstudent:in": the other gender's ending.
const GENDER_ENDING = /(?<=\p{L})(?:\/|\*|:|\()(?:a|e|in|innen|ra|trice|euse|ère)\)?(?!\p{L})/giu;

const SEPARATOR = /(\s[-–—|]\s|[/|,;()[\]])/u;

const fold = (word: string): string => word.toLowerCase().normalize('NFC');

function languageOf(words: readonly string[]): TitleLanguage | null {
  let best: TitleLanguage | null = null;
  let most = 0;
  for (const [lang, spec] of Object.entries(TITLE_WORDS) as [TitleLanguage, (typeof TITLE_WORDS)[TitleLanguage]][]) {
    const known = words.filter((w) => spec.words[w] !== undefined).length;
    if (known > most) [best, most] = [lang, known];
  }
  return best;
}

/** One run of words between separators, glossed; in a head-first language the first known word's gloss goes last. */
function glossRun(run: string, lang: TitleLanguage): string {
  const spec = TITLE_WORDS[lang];
  const out: string[] = [];
  let head: string | null = null;
  for (const [raw] of run.matchAll(WORD)) {
    const word = fold(raw);
    if (spec.drop.has(word)) continue;
    const english = spec.words[word];
    if (english === undefined) out.push(word);
    else if (english === '') continue;
    else if (spec.headFirst && head === null && out.length === 0) head = english;
    else out.push(english);
  }
  if (head !== null) out.push(head);
  return out.join(' ');
}

/** The title in English words, or null when it has no word of the languages known here. */
export function glossTitle(title: string): string | null {
  const clean = title.replace(GENDER_ENDING, '');
  const words = [...clean.matchAll(WORD)].map(([w]) => fold(w));
  const lang = languageOf(words);
  if (!lang) return null;
  // Separators (" - ", "/", "|", brackets, commas) stay, so the title's segments stay apart.
  return clean
    .split(SEPARATOR)
    .map((part, i) => (i % 2 === 1 ? part : glossRun(part, lang)))
    .join('');
}

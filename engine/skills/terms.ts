import type { Skill } from './schema';

export type TermMode = 'any-case' | 'exact' | 'list-only';

/** One name of a skill, ready for matching: lower-cased unless its case matters. */
export interface Term {
  skill: Skill;
  text: string;
  mode: TermMode;
}

const LATIN = /[A-Za-z0-9]/;

export function isLatin(ch: string | undefined): boolean {
  return ch !== undefined && LATIN.test(ch);
}

/** The index key: the first Latin word (lower case), else the first character. */
export function termKey(text: string): string {
  const word = /^[A-Za-z0-9]+/.exec(text);
  return word ? word[0].toLowerCase() : text.charAt(0);
}

// Acronyms that are also words or abbreviations of running English text ("you can", "max 20 hours", "9am–5pm",
// "Sr. Engineer"): as names of skills (CAN bus, 3ds Max, project management) they count only in capitals.
const PLAIN_WORDS = new Set(
  'ad als amp cad camel can cart clip com cr din doe dp es gat grass icon il ka lime ln max mr pm pp pr sac sam san sem sen send spice sr tp'.split(' '),
);

/** A name's mode as written in the taxonomy: an acronym that is also a plain word is matched in capitals only. */
const modeOf = (name: string): TermMode => (/^[A-Z]{2,5}$/.test(name) && PLAIN_WORDS.has(name.toLowerCase()) ? 'exact' : 'any-case');

/** Every name of a skill once, the strictest mode winning ("Excel" exact beats "excel" any-case). */
export function termsOf(skill: Skill): Term[] {
  const modes = new Map<string, TermMode>();
  for (const name of [skill.en, skill.zh, ...skill.aliases]) modes.set(name.replace(/\s+/g, ' '), modeOf(name));
  for (const name of skill.exact ?? []) modes.set(name, 'exact');
  for (const name of skill.listOnly ?? []) modes.set(name, 'list-only');
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const [name, mode] of modes) {
    const text = mode === 'any-case' ? name.toLowerCase() : name;
    if (mode === 'any-case' && [...modes].some(([n, m]) => m !== 'any-case' && n.toLowerCase() === text)) continue;
    if (seen.has(`${mode}:${text}`)) continue;
    seen.add(`${mode}:${text}`);
    out.push({ skill, text, mode });
  }
  return out;
}

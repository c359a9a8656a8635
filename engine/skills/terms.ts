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

/** Every name of a skill once, the strictest mode winning ("Excel" exact beats "excel" any-case). */
export function termsOf(skill: Skill): Term[] {
  const modes = new Map<string, TermMode>();
  for (const name of [skill.en, skill.zh, ...skill.aliases]) modes.set(name.replace(/\s+/g, ' '), 'any-case');
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

import { skillById } from '../engine/skills/taxonomy';
import type { Locale } from '../engine/language';

/** A skill's name in the UI language; an id the taxonomy lacks (kept from v1 free text) shows as written. */
export function skillName(id: string, lang: Locale): string {
  const skill = skillById(id);
  return skill ? (lang === 'zh_CN' ? skill.zh : skill.en) : id;
}

export const namedIn = (lang: Locale) => (item: { en: string; zh: string }): string => (lang === 'zh_CN' ? item.zh : item.en);

import type { UiLang } from '../engine/recommend/courses';
import { skillById } from '../engine/skills/taxonomy';
import type { RuleLang } from './SidePanel';

/** The catalogs say 'zh' where the UI says 'zh_CN'. */
export const catalogLang = (lang: RuleLang): UiLang => (lang === 'zh_CN' ? 'zh' : 'en');

/** A skill's name in the UI language; an id the taxonomy lacks (kept from v1 free text) shows as written. */
export function skillName(id: string, lang: RuleLang): string {
  const skill = skillById(id);
  return skill ? (lang === 'zh_CN' ? skill.zh : skill.en) : id;
}

export const namedIn = (lang: RuleLang) => (item: { en: string; zh: string }): string => (lang === 'zh_CN' ? item.zh : item.en);

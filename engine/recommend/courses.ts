import { skillById } from '../skills/taxonomy';
import { coursesCovering } from './catalog';
import type { Course } from './course-schema';
import type { Language } from '../language';
import type { Region } from '../region';

/** A course as the UI and the CLI show it; a search link has `search: true` and no catalog id. */
export interface CourseLink {
  id: string;
  title: string;
  provider: string;
  url: string;
  language: Course['language'];
  free: boolean;
  search?: true;
}

/** A provider search for a skill nothing in the catalog covers (Coursera in English, 中国大学MOOC in Chinese). */
export function searchLinkFor(skillId: string, lang: Language = 'en'): CourseLink {
  const skill = skillById(skillId);
  const query = lang === 'zh' ? (skill?.zh ?? skillId) : (skill?.en ?? skillId);
  if (lang === 'zh')
    return {
      id: `search-icourse163-${skillId}`, title: `${query}：在中国大学MOOC搜索课程`, provider: '中国大学MOOC',
      url: `https://www.icourse163.org/search.htm?search=${encodeURIComponent(query)}`, language: 'zh', free: true, search: true,
    };
  return {
    id: `search-coursera-${skillId}`, title: `Search Coursera for “${query}”`, provider: 'Coursera',
    url: `https://www.coursera.org/search?query=${encodeURIComponent(query)}`, language: 'en', free: false, search: true,
  };
}

/** An offer made for the person's region: its own country's, or for mainland China one taught in Chinese. */
const local = (course: Course, region: Region): boolean => course.country === region || (region === 'cn' && course.language === 'zh');

/** Who the courses are for: the skills of the posting and the person, and the level they start a new skill at. */
export interface Learner {
  skills: ReadonlySet<string>;
  level: Course['level'];
  /** The posting's skills the person lacks, each with its weight in the posting (share of lines naming it). */
  needs?: ReadonlyMap<string, number>;
}

const LEVEL = { beginner: 0, intermediate: 1, advanced: 2 } as const;

/** A course made for one audience (lawyers, teachers, developers) fits only a posting or person of that audience. */
const fits = (course: Course, learner: Learner | undefined): boolean => !course.audience || (learner !== undefined && course.audience.some((id) => learner.skills.has(id)));

/** Most a course gains in rank for the other missing skills of the posting it also teaches (less than being about another skill first). */
const ALSO_NEEDED_MAX = 2.5;

/** The posting weight of the missing skills a course teaches besides `skillId`, scaled to 0..ALSO_NEEDED_MAX. */
function alsoNeeded(course: Course, skillId: string, learner: Learner | undefined): number {
  if (!learner?.needs) return 0;
  let weight = 0;
  for (const id of course.skills) if (id !== skillId) weight += learner.needs.get(id) ?? 0;
  return Math.min(ALSO_NEEDED_MAX, ALSO_NEEDED_MAX * 2 * weight);
}

function rank(course: Course, skillId: string, lang: Language, region: Region | undefined, learner: Learner | undefined): number {
  // The person's region first (when known), then the UI language, then free; then courses focused on this skill
  // (fewer other skills) unless their other skills are ones the posting also asks of the person (by the weight
  // of those skills in the posting), then the nearest to the level the person starts at (beginner when unknown).
  const level = Math.abs(LEVEL[course.level] - LEVEL[learner?.level ?? 'beginner']);
  const place = region === undefined || local(course, region) ? 0 : 1000;
  const focus = (course.skills[0] === skillId ? 0 : 3) - alsoNeeded(course, skillId, learner);
  return place + (course.language === lang ? 0 : 100) + (course.free ? 0 : 10) + focus + level;
}

/**
 * Up to `max` courses for a skill, for the person's region when known (another country's offers left out, the
 * region's own first), then the UI language and free courses, those also teaching what else the posting asks of
 * the person, nearest the learner's level; courses made for
 * another audience left out; a search link when none fit.
 */
export function coursesFor(skillId: string, lang: Language = 'en', max = 3, region?: Region, learner?: Learner): CourseLink[] {
  const picked = coursesCovering(skillId)
    .filter((course) => (region === undefined || course.country === undefined || course.country === region) && fits(course, learner))
    .sort((a, b) => rank(a, skillId, lang, region, learner) - rank(b, skillId, lang, region, learner) || a.id.localeCompare(b.id))
    .slice(0, max)
    .map(({ id, title, provider, url, language, free }) => ({ id, title, provider, url, language, free }));
  if (picked.length === 0) return [searchLinkFor(skillId, lang)];
  if (!picked.some((c) => c.language === lang) && picked.length < max) picked.push(searchLinkFor(skillId, lang));
  return picked;
}

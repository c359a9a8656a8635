import { skillIds } from '../skills/extract';
import { skillById } from '../skills/taxonomy';
import type { AnalysedTask, RequirementLine } from '../types';
import { coursesFor, type CourseLink, type Learner } from './courses';
import { learnerFor } from './learner';
import type { Language } from '../language';
import type { Region } from '../region';
import type { ProfileLike, SkillLevel } from './profile-schema';

export interface SkillRef {
  id: string;
  en: string;
  zh: string;
}

export interface RankedGap extends SkillRef {
  /** 0..1: share of the posting's work the skill covers, weighted by its resilience to AI. */
  score: number;
  /** Share of the posting's duty and requirement lines that mention the skill. */
  coverage: number;
  aiResilience: number;
  courses: CourseLink[];
  /** A tool's broader skill ("MySQL" under database administration), and whether the person has that one. */
  under?: SkillRef & { had: boolean };
}

export interface Gap {
  match: (SkillRef & { level: SkillLevel })[];
  gap: RankedGap[];
}

export interface AnalysisLike {
  tasks: readonly Pick<AnalysedTask, 'text'>[];
  requirements: readonly Pick<RequirementLine, 'text'>[];
  skills: readonly string[];
  /** The posting's title: a senior one starts new skills past the introductions. */
  posting?: { title: string } | null;
}

// A skill named only in the title or in no task line still counts for something.
const COVERAGE_FLOOR = 0.05;

function ref(id: string): SkillRef | null {
  const skill = skillById(id);
  return skill ? { id, en: skill.en, zh: skill.zh } : null;
}

/** Share of the duty and requirement lines mentioning each skill. */
function coverageBySkill(lines: readonly { text: string }[]): Map<string, number> {
  const hits = new Map<string, number>();
  for (const line of lines) for (const id of skillIds(line.text)) hits.set(id, (hits.get(id) ?? 0) + 1);
  return new Map([...hits].map(([id, n]) => [id, lines.length > 0 ? n / lines.length : 0]));
}

/** A tool's own courses, else its broader skill's real courses (a search for the tool only when neither has one). */
function toolCourses(id: string, parentId: string | undefined, lang: Language, region: Region | undefined, learner: Learner): CourseLink[] {
  const own = coursesFor(id, lang, 3, region, learner);
  if (!parentId || own.some((c) => !c.search)) return own;
  const broader = coursesFor(parentId, lang, 3, region, learner).filter((c) => !c.search);
  return broader.length > 0 ? broader : own;
}

/**
 * Posting skills the profile has, and those it lacks ranked by the work they cover and their resilience to AI, each
 * with courses in the UI language for the person's region (when known).
 */
export function computeGap(analysis: AnalysisLike, profile: ProfileLike, lang: Language = 'en', region?: Region): Gap {
  const have = new Map(profile.skills.map((s) => [s.id, s.level]));
  const coverage = coverageBySkill([...analysis.tasks, ...analysis.requirements]);
  const needs = new Map([...new Set(analysis.skills)].filter((id) => !have.has(id)).map((id) => [id, Math.max(coverage.get(id) ?? 0, COVERAGE_FLOOR)]));
  const learner = { ...learnerFor(analysis.posting?.title, analysis.skills, profile), needs };
  const match: Gap['match'] = [];
  const gap: RankedGap[] = [];
  for (const id of new Set(analysis.skills)) {
    const skill = skillById(id);
    if (!skill) continue;
    const base: SkillRef = { id, en: skill.en, zh: skill.zh };
    const level = have.get(id);
    if (level) {
      match.push({ ...base, level });
      continue;
    }
    const parent = skill.parent ? skillById(skill.parent) : undefined;
    const under = parent ? { id: parent.id, en: parent.en, zh: parent.zh, had: have.has(parent.id) } : undefined;
    const cover = Math.max(coverage.get(id) ?? 0, COVERAGE_FLOOR);
    // A tool of a skill the person has is a smaller step than a new skill.
    const score = Math.round(cover * (0.5 + 0.5 * skill.aiResilience) * (under?.had ? 0.5 : 1) * 1000) / 1000;
    gap.push({ ...base, score, coverage: Math.round(cover * 1000) / 1000, aiResilience: skill.aiResilience, courses: toolCourses(id, parent?.id, lang, region, learner), ...(under ? { under } : {}) });
  }
  gap.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { match, gap };
}

/** Skills named in pasted CV text, each once, as profile entries to confirm. */
export function extractProfileSkills(cvText: string): SkillRef[] {
  return skillIds(cvText).flatMap((id) => ref(id) ?? []);
}

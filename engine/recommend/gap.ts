import { skillIds } from '../skills/extract';
import { skillById } from '../skills/taxonomy';
import type { AnalysedTask, RequirementLine } from '../types';
import { coursesFor, type CourseLink } from './courses';
import type { Language } from '../language';
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
}

export interface Gap {
  match: (SkillRef & { level: SkillLevel })[];
  gap: RankedGap[];
}

export interface AnalysisLike {
  tasks: readonly Pick<AnalysedTask, 'text'>[];
  requirements: readonly Pick<RequirementLine, 'text'>[];
  skills: readonly string[];
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

/** Posting skills the profile has, and those it lacks ranked by the work they cover and their resilience to AI. */
export function computeGap(analysis: AnalysisLike, profile: ProfileLike, lang: Language = 'en'): Gap {
  const have = new Map(profile.skills.map((s) => [s.id, s.level]));
  const coverage = coverageBySkill([...analysis.tasks, ...analysis.requirements]);
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
    const cover = Math.max(coverage.get(id) ?? 0, COVERAGE_FLOOR);
    const score = Math.round(cover * (0.5 + 0.5 * skill.aiResilience) * 1000) / 1000;
    gap.push({ ...base, score, coverage: Math.round(cover * 1000) / 1000, aiResilience: skill.aiResilience, courses: coursesFor(id, lang) });
  }
  gap.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return { match, gap };
}

/** Skills named in pasted CV text, each once, as profile entries to confirm. */
export function extractProfileSkills(cvText: string): SkillRef[] {
  return skillIds(cvText).flatMap((id) => ref(id) ?? []);
}

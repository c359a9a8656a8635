import { z } from 'zod';
import aiEra from '../../data/roles/ai-era.json';
import { checkedData } from '../data-files';
import { skillById } from '../skills/taxonomy';
import { coursesFor, type CourseLink } from './courses';
import { learnerFor } from './learner';
import type { Region } from '../region';
import type { Language } from '../language';
import type { SkillRef } from './gap';
import type { ProfileLike } from './profile-schema';

const RoleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    en: z.string().min(1),
    zh: z.string().min(1),
    required: z.array(z.string().min(1)).min(3),
  })
  .strict();
export const RoleFileSchema = z.object({ roles: z.array(RoleSchema).min(1) }).strict();
export type Role = z.infer<typeof RoleSchema>;

/** Every file in data/roles/, by file name (a test keeps this list and the folder in step). */
export const ROLE_FILES = { 'ai-era.json': aiEra } as const;

function load(): Role[] {
  return Object.entries(ROLE_FILES).flatMap(([file, json]) => {
    const { roles } = checkedData<z.output<typeof RoleFileSchema>>(json);
    for (const role of roles) {
      const unknown = role.required.find((id) => !skillById(id));
      if (unknown) throw new Error(`data/roles/${file}: ${role.id} requires unknown skill ${unknown}`);
    }
    return roles;
  });
}

export const ROLES: readonly Role[] = load();

export interface RoleMatch {
  id: string;
  en: string;
  zh: string;
  /** Share of the role's required skills the profile has, 0..1. */
  coverage: number;
  have: SkillRef[];
  missing: (SkillRef & { courses: CourseLink[] })[];
}

function ref(id: string): SkillRef {
  const skill = skillById(id);
  return { id, en: skill?.en ?? id, zh: skill?.zh ?? id };
}

/** The `n` roles whose required skills the profile covers best, with what is missing and courses for it. */
export function nearestRoles(profile: ProfileLike, n = 3, lang: Language = 'en', region?: Region): RoleMatch[] {
  const have = new Set(profile.skills.map((s) => s.id));
  const learner = learnerFor(null, [], profile);
  return ROLES.map((role) => {
    const got = role.required.filter((id) => have.has(id));
    return { role, got, coverage: got.length / role.required.length };
  })
    .sort((a, b) => b.coverage - a.coverage || b.got.length - a.got.length || a.role.id.localeCompare(b.role.id))
    .slice(0, n)
    .map(({ role, got, coverage }) => ({
      id: role.id,
      en: role.en,
      zh: role.zh,
      coverage: Math.round(coverage * 1000) / 1000,
      have: got.map(ref),
      missing: role.required.filter((id) => !have.has(id)).map((id) => ({ ...ref(id), courses: coursesFor(id, lang, 2, region, learner) })),
    }));
}

import { z } from 'zod';
import { REGIONS } from '../region';

export const SKILL_LEVELS = ['learning', 'working', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const ProfileSkillSchema = z
  .object({
    id: z.string().min(1),
    level: z.enum(SKILL_LEVELS),
    source: z.enum(['manual', 'cv', 'posting']),
  })
  .strict();

/** The exported profile file (the CLI reads it; the extension exports and imports it). */
export const ProfileFileSchema = z
  .object({
    format: z.literal('skillshift-profile'),
    version: z.literal(1),
    skills: z.array(ProfileSkillSchema),
    targetRoles: z.array(z.string()),
    language: z.enum(['en', 'zh']),
    /** Where the person is, for the courses offered (absent in older files, and when left to the browser). */
    region: z.enum(REGIONS).optional(),
    /** Job titles the person read as another occupation than SkillShift did (absent in older files). */
    titleCorrections: z.array(z.object({ title: z.string(), occupation: z.string() }).strict()).optional(),
  })
  .strict();

export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;
export type ProfileFile = z.infer<typeof ProfileFileSchema>;

/** What gap and role matching need from a profile. */
export interface ProfileLike {
  skills: readonly { id: string; level: SkillLevel }[];
}

/** "skills.2.level: Invalid option …" — one line per problem, for people fixing the file by hand. */
export function describeProfileErrors(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n');
}

import { z } from 'zod';

export const SKILL_CLUSTERS = [
  'digital', 'data', 'ai', 'software', 'languages', 'communication',
  'care', 'teaching', 'trades', 'management', 'domain',
] as const;
export type SkillCluster = (typeof SKILL_CLUSTERS)[number];

const Kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case');
const Term = z.string().trim().min(1);

export const SkillEntrySchema = z
  .object({
    id: Kebab,
    en: Term,
    zh: Term,
    /** Other names, EN and ZH, matched case-insensitively. */
    aliases: z.array(Term).default([]),
    /** Names matched only with this exact case ("Excel", "Swift"): lower-case they are ordinary words. */
    exact: z.array(Term).optional(),
    /** Names too short to trust alone ("R", "Go", "C"): exact case, and only in a list of languages or after "in"/"using". */
    listOnly: z.array(Term).optional(),
    /** The broader skill a tool or product belongs under ("mysql" under "databases"): the gap groups by it. */
    parent: Kebab.optional(),
    /** 0..1: how resilient the skill is to AI (physical work, care, judgement high; data entry low). */
    aiResilience: z.number().min(0).max(1),
    ai: z.object({ en: Term, zh_CN: Term }).strict(),
  })
  .strict();

export const SkillFileSchema = z
  .object({
    cluster: z.enum(SKILL_CLUSTERS),
    /** Where a derived file comes from (scripts/skills-build.ts); hand-written files have none. */
    source: z.string().min(1).optional(),
    skills: z.array(SkillEntrySchema).min(1),
  })
  .strict();

export type SkillEntry = z.infer<typeof SkillEntrySchema>;
export type SkillFile = z.output<typeof SkillFileSchema>;
export type Skill = SkillEntry & { cluster: SkillCluster };

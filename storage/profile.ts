import type { SkillShiftDb } from './db';
import { DEFAULT_PROFILE, PROFILE_ID, ProfileRowSchema, ProfileSchema, type Profile, type ProfileSkill } from '../schemas/records';
import { correctionKey } from '../engine/titles/normalize';

export async function getProfile(db: SkillShiftDb): Promise<Profile> {
  const parsed = ProfileRowSchema.safeParse(await db.profile.get(PROFILE_ID));
  if (!parsed.success) return structuredClone(DEFAULT_PROFILE);
  const { id: _id, ...profile } = parsed.data;
  return profile;
}

/** True once a profile was ever saved (an empty one counts). */
export async function hasProfile(db: SkillShiftDb): Promise<boolean> {
  return (await db.profile.get(PROFILE_ID)) !== undefined;
}

/** One entry per skill id (the last wins), one per target role. */
export function normaliseProfile(profile: Profile): Profile {
  const clean = ProfileSchema.parse(profile);
  const skills = new Map<string, ProfileSkill>();
  for (const skill of clean.skills) {
    skills.delete(skill.id);
    skills.set(skill.id, skill);
  }
  // One reading per title (the last wins), keyed as cards look them up ("Sr. Nurse (m/w/d)" is "nurse").
  const corrections = new Map((clean.titleCorrections ?? []).map((c) => [correctionKey(c.title), c]));
  return { ...clean, skills: [...skills.values()], targetRoles: [...new Set(clean.targetRoles)], ...(corrections.size ? { titleCorrections: [...corrections.values()] } : {}) };
}

export async function saveProfile(db: SkillShiftDb, profile: Profile): Promise<Profile> {
  const clean = normaliseProfile(profile);
  await db.profile.put({ id: PROFILE_ID, ...clean });
  return clean;
}

/** Finishing a course: a skill being learnt becomes a working one, a missing one is now being learnt. */
export function raiseSkill(profile: Profile, skillId: string): Profile {
  const current = profile.skills.find((s) => s.id === skillId);
  if (!current) return { ...profile, skills: [...profile.skills, { id: skillId, level: 'learning', source: 'manual' }] };
  if (current.level !== 'learning') return profile;
  return { ...profile, skills: profile.skills.map((s) => (s.id === skillId ? { ...s, level: 'working' } : s)) };
}

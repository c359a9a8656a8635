import type { SkillShiftDb } from './db';
import { DEFAULT_PROFILE, PROFILE_ID, ProfileRowSchema, ProfileSchema, type Profile } from './schemas';

export async function getProfile(db: SkillShiftDb): Promise<Profile> {
  const parsed = ProfileRowSchema.safeParse(await db.profile.get(PROFILE_ID));
  if (!parsed.success) return { ...DEFAULT_PROFILE };
  const { id: _id, ...profile } = parsed.data;
  return profile;
}

export async function saveProfile(db: SkillShiftDb, profile: Profile): Promise<Profile> {
  const clean = ProfileSchema.parse(profile);
  await db.profile.put({ id: PROFILE_ID, ...clean });
  return clean;
}

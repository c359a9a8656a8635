import type { SkillShiftDb } from './db';

/** "Delete my data": the profile, the learning list and the history of postings. Settings stay. */
export async function deleteMyData(db: SkillShiftDb): Promise<void> {
  await db.transaction('rw', db.profile, db.learning, db.analyses, async () => {
    await Promise.all([db.profile.clear(), db.learning.clear(), db.analyses.clear()]);
  });
}

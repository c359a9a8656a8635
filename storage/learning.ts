import type { SkillShiftDb } from './db';
import { getProfile, raiseSkill, saveProfile } from './profile';
import { LearningItemSchema, type LearningItem, type Profile } from '../schemas/records';

/** Oldest first, so the list keeps its order as courses are added; rows that no longer parse are left out. */
export async function listLearning(db: SkillShiftDb): Promise<LearningItem[]> {
  const rows = await db.learning.orderBy('added').toArray();
  return rows.flatMap((raw) => {
    const parsed = LearningItemSchema.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Adds a course (or refreshes its details, keeping when it was added and whether it is done). */
export async function saveLearningItem(db: SkillShiftDb, item: LearningItem): Promise<LearningItem[]> {
  const clean = LearningItemSchema.parse(item);
  await db.transaction('rw', db.learning, async () => {
    const existing = await db.learning.get(clean.courseId);
    await db.learning.put(existing ? { ...clean, added: existing.added, doneAt: existing.doneAt } : clean);
  });
  return listLearning(db);
}

export async function removeLearningItem(db: SkillShiftDb, courseId: string): Promise<LearningItem[]> {
  await db.learning.delete(courseId);
  return listLearning(db);
}

/** Marks a course done and raises its skill in the profile, in one transaction. */
export async function markCourseDone(db: SkillShiftDb, courseId: string, now = Date.now()): Promise<{ items: LearningItem[]; profile: Profile }> {
  const profile = await db.transaction('rw', db.learning, db.profile, async () => {
    const item = await db.learning.get(courseId);
    if (!item) throw new Error(`no course ${courseId} in the learning list`);
    const before = await getProfile(db);
    if (item.doneAt !== null) return before;
    await db.learning.put({ ...item, doneAt: now });
    return saveProfile(db, raiseSkill(before, item.skillId));
  });
  return { items: await listLearning(db), profile };
}

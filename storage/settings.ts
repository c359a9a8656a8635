import type { z } from 'zod';
import type { SkillShiftDb } from './db';

/** Values are parsed with the caller's schema so a stale or hand-edited value falls back to `fallback`. */
export async function getSetting<T>(db: SkillShiftDb, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  if (!row) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

/** Validates with the schema (throws a ZodError saying what's wrong), stores, and returns the value as stored. */
export async function setSetting<T>(db: SkillShiftDb, key: string, schema: z.ZodType<T>, value: T): Promise<T> {
  const parsed = schema.parse(value);
  await db.settings.put({ key, value: parsed });
  return parsed;
}

import type Dexie from 'dexie';
import { z } from 'zod';
import { findSkills } from '../../engine/skills/extract';
import { skillById } from '../../engine/skills/taxonomy';
import type { ProfileRow, ProfileSkill } from '../../schemas/records';

/** The profile row exactly as v1 stored it (frozen here: schemas/records.ts moves on). */
const ProfileRowV1 = z.object({
  id: z.literal('me'),
  skills: z.array(z.string()),
  language: z.enum(['auto', 'en', 'zh_CN']),
});

/** A v1 skill was free text: keep a taxonomy id when the text names one, else the text itself (nothing lost). */
function skillIdOf(text: string): string {
  const trimmed = text.trim();
  if (skillById(trimmed)) return trimmed;
  const found = findSkills(trimmed);
  const whole = found.find((f) => f.matched.length === trimmed.length) ?? (found.length === 1 ? found[0] : undefined);
  return whole?.id ?? trimmed;
}

export function profileFromV1(raw: unknown): ProfileRow | null {
  const parsed = ProfileRowV1.safeParse(raw);
  if (!parsed.success) return null;
  const skills = new Map<string, ProfileSkill>();
  for (const text of parsed.data.skills) {
    const id = skillIdOf(text);
    if (id && !skills.has(id)) skills.set(id, { id, level: 'working', source: 'manual' });
  }
  return { id: 'me', skills: [...skills.values()], targetRoles: [], language: parsed.data.language };
}

/** v2: profile skills get a level and a source, the profile gets target roles; a learning list. */
export function v2(db: Dexie): void {
  db.version(2)
    .stores({ learning: '&courseId, skillId, added' })
    .upgrade(async (tx) => {
      // A row v1 could not have written is left as it is rather than dropped.
      await tx.table('profile').toCollection().modify((row: Record<string, unknown>) => {
        const next = profileFromV1(row);
        if (next) Object.assign(row, next);
      });
    });
}

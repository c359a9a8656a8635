import { z } from 'zod';
import { normaliseProfile } from './profile';
import { SKILL_LEVELS } from '../engine/recommend/profile-schema';
import { LOCALE_CHOICES } from '../engine/language';
import type { Profile } from './schemas';

/** storage.sync allows 8192 bytes per item, counted as key + JSON of the value. */
export const QUOTA_BYTES_PER_ITEM = 8192;
export const SYNC_KEY = 'profile';
const CHUNK_PREFIX = `${SYNC_KEY}.`;
const SOURCES = ['manual', 'cv', 'posting'] as const;

// Compact: each skill as "id:level:source" with one-letter level and source ("sql:w:m").
const letter = (word: string): string => word.charAt(0);
const fromLetter = <T extends string>(words: readonly T[], l: string): T | undefined => words.find((w) => letter(w) === l);

const Compact = z.object({ l: z.enum(LOCALE_CHOICES), r: z.array(z.string()), s: z.array(z.string()) });
const Meta = z.object({ v: z.literal(1), n: z.number().int().min(1).max(100) });

const bytes = (text: string): number => new TextEncoder().encode(text).length;
const chunkKey = (i: number): string => `${CHUNK_PREFIX}${i}`;
export const isSyncKey = (key: string): boolean => key === SYNC_KEY || key.startsWith(CHUNK_PREFIX);

/** Splits `text` so that every chunk, stored as a JSON string under its key, fits in one item. */
function chunks(text: string): string[] {
  const budget = QUOTA_BYTES_PER_ITEM - chunkKey(99).length - 2 - 64;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of text) {
    const cost = bytes(JSON.stringify(char)) - 2;
    if (size + cost > budget) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += cost;
  }
  return [...out, current];
}

/** The items to write: `profile` = {v, n} and `profile.0`…`profile.<n-1>` holding the compact JSON. */
export function encodeForSync(profile: Profile): Record<string, unknown> {
  const compact = {
    l: profile.language,
    r: profile.targetRoles,
    s: profile.skills.map((s) => `${s.id}:${letter(s.level)}:${letter(s.source)}`),
  };
  const parts = chunks(JSON.stringify(compact));
  const items: Record<string, unknown> = { [SYNC_KEY]: { v: 1, n: parts.length } };
  parts.forEach((part, i) => (items[chunkKey(i)] = part));
  return items;
}

/** Keys of an older, longer copy that the new items do not overwrite. */
export function staleKeys(stored: Record<string, unknown>, written: Record<string, unknown>): string[] {
  return Object.keys(stored).filter((key) => isSyncKey(key) && !(key in written));
}

/** The profile in `items`, or null when there is none or it is damaged (a half-written copy counts as none). */
export function decodeFromSync(items: Record<string, unknown>): Profile | null {
  const meta = Meta.safeParse(items[SYNC_KEY]);
  if (!meta.success) return null;
  let text = '';
  for (let i = 0; i < meta.data.n; i++) {
    const part = items[chunkKey(i)];
    if (typeof part !== 'string') return null;
    text += part;
  }
  try {
    const compact = Compact.parse(JSON.parse(text));
    const skills = compact.s.map((entry) => {
      const [source, level, ...id] = entry.split(':').reverse();
      return { id: id.reverse().join(':'), level: fromLetter(SKILL_LEVELS, level ?? ''), source: fromLetter(SOURCES, source ?? '') };
    });
    return normaliseProfile({ language: compact.l, targetRoles: compact.r, skills } as Profile);
  } catch {
    return null;
  }
}

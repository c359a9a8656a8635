import { z } from 'zod';
import { normaliseProfile } from './profile';
import { SKILL_LEVELS } from '../engine/recommend/profile-schema';
import { LOCALE_CHOICES } from '../engine/language';
import { REGIONS } from '../engine/region';
import type { Profile } from '../schemas/records';

/**
 * storage.sync's limits, the same in Chrome and Firefox (MDN: storage.sync): 8,192 bytes per item and 102,400 in
 * all, counted as key + JSON of the value, at most 512 items. Chrome also allows 120 write operations a minute and
 * 1,800 an hour (profile-sync.ts keeps well under them).
 */
export const QUOTA_BYTES_PER_ITEM = 8192;
export const QUOTA_BYTES = 102_400;
/** What the profile may take of QUOTA_BYTES: the rest is room for anything else the extension keeps there. */
export const PROFILE_SYNC_BYTES = 100_000;
export const SYNC_KEY = 'profile';
const CHUNK_PREFIX = `${SYNC_KEY}.`;
const SOURCES = ['manual', 'cv', 'posting'] as const;

// Compact: each skill as "id:level:source" with one-letter level and source ("sql:w:m").
const letter = (word: string): string => word.charAt(0);
const fromLetter = <T extends string>(words: readonly T[], l: string): T | undefined => words.find((w) => letter(w) === l);

// g: the region chosen (absent when left to 'auto', and in copies written before there was one).
const Compact = z.object({ l: z.enum(LOCALE_CHOICES), g: z.enum(REGIONS).optional(), r: z.array(z.string()), s: z.array(z.string()), c: z.array(z.tuple([z.string(), z.string()])).optional() });
/** `at`: when this copy was written (absent in copies written before it was recorded). */
const Meta = z.object({ v: z.literal(1), n: z.number().int().min(1).max(100), at: z.number().optional() });

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

/**
 * The items to write: `profile` = {v, n, at} and `profile.0`…`profile.<n-1>` holding the compact JSON (title
 * corrections as [title, occupation] pairs).
 */
export function encodeForSync(profile: Profile, at?: number): Record<string, unknown> {
  const corrections = profile.titleCorrections?.length ? { c: profile.titleCorrections.map((c) => [c.title, c.occupation]) } : {};
  const compact = {
    l: profile.language,
    ...(profile.region && profile.region !== 'auto' ? { g: profile.region } : {}),
    r: profile.targetRoles,
    s: profile.skills.map((s) => `${s.id}:${letter(s.level)}:${letter(s.source)}`),
    ...corrections,
  };
  const parts = chunks(JSON.stringify(compact));
  const items: Record<string, unknown> = { [SYNC_KEY]: { v: 1, n: parts.length, ...(at === undefined ? {} : { at }) } };
  parts.forEach((part, i) => (items[chunkKey(i)] = part));
  return items;
}

/** Bytes `items` take in storage.sync, counted as the browser counts them. */
export const syncBytes = (items: Record<string, unknown>): number => Object.entries(items).reduce((sum, [k, v]) => sum + bytes(k) + bytes(JSON.stringify(v)), 0);

/** When the copy in `items` was written, if it says. */
export const syncedAt = (items: Record<string, unknown>): number | null => {
  const meta = Meta.safeParse(items[SYNC_KEY]);
  return meta.success ? (meta.data.at ?? null) : null;
};

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
    const titleCorrections = compact.c?.map(([title, occupation]) => ({ title, occupation }));
    return normaliseProfile({ language: compact.l, ...(compact.g ? { region: compact.g } : {}), targetRoles: compact.r, skills, ...(titleCorrections?.length ? { titleCorrections } : {}) } as Profile);
  } catch {
    return null;
  }
}

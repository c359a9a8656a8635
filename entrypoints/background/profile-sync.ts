import { browser } from 'wxt/browser';
import type { SkillShiftDb } from '../../storage/db';
import { hasProfile, saveProfile } from '../../storage/profile';
import type { Profile } from '../../storage/schemas';
import { decodeFromSync, encodeForSync, isSyncKey, staleKeys } from '../../storage/sync-codec';

/** A copy of the profile in storage.sync; IndexedDB stays the source of truth. */
export interface ProfileMirror {
  save(profile: Profile): Promise<void>;
  load(): Promise<Profile | null>;
  clear(): Promise<void>;
}

/** The part of a storage area we use (also what fakeBrowser provides). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const noMirror: ProfileMirror = { save: async () => undefined, load: async () => null, clear: async () => undefined };

export function syncMirror(area: SyncArea | null = (browser.storage?.sync as SyncArea | undefined) ?? null): ProfileMirror {
  if (!area) return noMirror;
  return {
    async save(profile) {
      const items = encodeForSync(profile);
      await area.set(items);
      const stale = staleKeys(await area.get(null), items);
      if (stale.length > 0) await area.remove(stale);
    },
    load: async () => decodeFromSync(await area.get(null)),
    async clear() {
      const keys = Object.keys(await area.get(null)).filter(isSyncKey);
      if (keys.length > 0) await area.remove(keys);
    },
  };
}

/** Sync is a convenience: over quota, signed out or unavailable, the profile is still saved locally. */
export async function mirrorQuietly(mirror: ProfileMirror, profile: Profile): Promise<void> {
  try {
    await mirror.save(profile);
  } catch (e) {
    console.warn('SkillShift: profile not mirrored to storage.sync:', e instanceof Error ? e.message : e);
  }
}

/** On startup: a fresh install (no profile in IndexedDB) takes the profile synced from another browser. */
export async function restoreFromMirror(db: SkillShiftDb, mirror: ProfileMirror): Promise<boolean> {
  if (await hasProfile(db)) return false;
  const synced = await mirror.load().catch(() => null);
  if (!synced) return false;
  await saveProfile(db, synced);
  return true;
}

import { browser } from 'wxt/browser';
import type { SkillShiftDb } from '../../storage/db';
import { hasProfile, saveProfile } from '../../storage/profile';
import type { Profile, SyncStatus } from '../../schemas/records';
import { decodeFromSync, encodeForSync, isSyncKey, PROFILE_SYNC_BYTES, staleKeys, syncBytes, syncedAt } from '../../storage/sync-codec';

/**
 * A copy of the profile in storage.sync; IndexedDB stays the source of truth. Saves are gathered: the copy is
 * written DEBOUNCE_MS after the last save (or MAX_WAIT_MS after the first of a stream of saves), and never sooner
 * than MIN_GAP_MS after the previous write. Each write is at most two operations (set, remove): ≤ 20 a minute and
 * ≤ 1,200 an hour against Chrome's 120 and 1,800.
 */
export interface ProfileMirror {
  /** Queues `profile` to be mirrored (never throws; status() tells how it went). */
  save(profile: Profile): void;
  load(): Promise<Profile | null>;
  clear(): Promise<void>;
  status(): SyncStatus;
  /** Settles once nothing is queued (tests, and the worker before it may stop). */
  flushed(): Promise<void>;
}

/** The part of a storage area we use (also what fakeBrowser provides). */
export interface SyncArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const DEBOUNCE_MS = 2_000;
export const MIN_GAP_MS = 6_000;
/** Saves that keep coming are still written this long after the first of them. */
export const MAX_WAIT_MS = 10_000;
/** After the browser refused a write (a rate limit, a hiccup), try again this much later. */
export const RETRY_MS = 60_000;

const OFF: SyncStatus = { state: 'off', lastSynced: null, bytes: 0, limit: PROFILE_SYNC_BYTES };
export const noMirror: ProfileMirror = { save: () => undefined, load: async () => null, clear: async () => undefined, status: () => OFF, flushed: async () => undefined };

interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}
const realClock: Clock = { now: () => Date.now(), setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>) };

export function syncMirror(area: SyncArea | null = (browser.storage?.sync as SyncArea | undefined) ?? null, clock: Clock = realClock): ProfileMirror {
  if (!area) return noMirror;
  let status: SyncStatus = { ...OFF, state: 'synced' };
  let pending: Profile | null = null;
  /** When the oldest save not yet written came. */
  let pendingSince = 0;
  let timer: unknown = null;
  let lastWrite = -Infinity;
  let writing: Promise<void> = Promise.resolve();
  let idle: { promise: Promise<void>; resolve: () => void } | null = null;
  const settle = () => {
    if (pending || timer !== null || !idle) return;
    idle.resolve();
    idle = null;
  };

  const write = async (profile: Profile): Promise<void> => {
    const at = clock.now();
    const items = encodeForSync(profile, at);
    const stored = await area.get(null);
    const size = syncBytes(items);
    if (size > PROFILE_SYNC_BYTES) {
      status = { state: 'too-big', lastSynced: syncedAt(stored), bytes: size, limit: PROFILE_SYNC_BYTES };
      return;
    }
    if (JSON.stringify(decodeFromSync(stored)) === JSON.stringify(decodeFromSync(items))) {
      status = { state: 'synced', lastSynced: syncedAt(stored) ?? at, bytes: size, limit: PROFILE_SYNC_BYTES };
      return;
    }
    // Only the items that differ, in one operation; then the chunks of a longer earlier copy.
    const changed = Object.fromEntries(Object.entries(items).filter(([key, value]) => JSON.stringify(stored[key]) !== JSON.stringify(value)));
    lastWrite = at;
    await area.set(changed);
    const stale = staleKeys(stored, items);
    if (stale.length > 0) await area.remove(stale);
    status = { state: 'synced', lastSynced: at, bytes: size, limit: PROFILE_SYNC_BYTES };
  };

  const schedule = (delay: number) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => {
      timer = null;
      const profile = pending;
      pending = null;
      if (!profile) return settle();
      writing = writing
        .then(() => write(profile))
        .catch((e: unknown) => {
          // Refused (a rate limit, signed out, offline): keep the newest profile queued and try again later.
          pending ??= profile;
          status = { ...status, state: 'failed', error: e instanceof Error ? e.message : String(e) };
          schedule(RETRY_MS);
        })
        .finally(settle);
    }, delay);
  };

  return {
    save(profile) {
      const now = clock.now();
      if (!pending) pendingSince = now;
      pending = profile;
      if (status.state !== 'failed') status = { ...status, state: 'pending' };
      const wait = Math.min(DEBOUNCE_MS, Math.max(0, pendingSince + MAX_WAIT_MS - now));
      schedule(Math.max(wait, lastWrite + MIN_GAP_MS - now));
    },
    load: async () => decodeFromSync(await area.get(null)),
    async clear() {
      if (timer !== null) clock.clearTimeout(timer);
      timer = null;
      pending = null;
      await writing;
      const keys = Object.keys(await area.get(null)).filter(isSyncKey);
      if (keys.length > 0) await area.remove(keys);
      status = { ...OFF, state: 'synced' };
      settle();
    },
    status: () => status,
    flushed() {
      if (!pending && timer === null) return writing;
      idle ??= (() => {
        let resolve = () => {};
        const promise = new Promise<void>((r) => (resolve = r));
        return { promise, resolve };
      })();
      return idle.promise;
    },
  };
}

/** On startup: a fresh install (no profile in IndexedDB) takes the profile synced from another browser. */
export async function restoreFromMirror(db: SkillShiftDb, mirror: ProfileMirror): Promise<boolean> {
  if (await hasProfile(db)) return false;
  const synced = await mirror.load().catch(() => null);
  if (!synced) return false;
  await saveProfile(db, synced);
  return true;
}

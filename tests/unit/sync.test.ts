import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '../../entrypoints/background/index';
import { DEBOUNCE_MS, MAX_WAIT_MS, MIN_GAP_MS, RETRY_MS, restoreFromMirror, syncMirror, type SyncArea } from '../../entrypoints/background/profile-sync';
import { getProfile, saveProfile } from '../../storage/profile';
import type { Profile } from '../../schemas/records';
import { decodeFromSync, encodeForSync, PROFILE_SYNC_BYTES, QUOTA_BYTES_PER_ITEM, SYNC_KEY } from '../../storage/sync-codec';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';
import { CHROME_SYNC, limitedArea } from '../fixtures/storage-area';

const MINE: Profile = {
  skills: [{ id: 'sql', level: 'expert', source: 'cv' }, { id: 'python', level: 'learning', source: 'manual' }, { id: 'nursing', level: 'working', source: 'posting' }],
  targetRoles: ['data-analyst'],
  language: 'zh_CN',
  titleCorrections: [{ title: 'Caretaker', occupation: '37-2011.00' }],
};
/** A distinct word per number (titles are compared without their digits). */
const word = (i: number): string => String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26));
/** The largest profile the schema allows, with multi-byte text: more than browser sync holds. */
const HUGE: Profile = {
  skills: Array.from({ length: 500 }, (_, i) => ({ id: `技能-${i}-${'x'.repeat(80)}`, level: 'expert', source: 'posting' })),
  targetRoles: Array.from({ length: 50 }, (_, i) => `目标岗位 "${i}" ${'岗'.repeat(80)}`),
  language: 'en',
  titleCorrections: Array.from({ length: 300 }, (_, i) => ({ title: `Caretaker of ${word(i)}ville ${'t'.repeat(150)}`, occupation: '37-2011.00' })),
};
/** A large profile a person could build: `n` skills with ids like the taxonomy's. */
const withSkills = (n: number): Profile => ({
  skills: Array.from({ length: n }, (_, i) => ({ id: `skill-${i}-data-analysis`, level: i % 3 === 0 ? 'expert' : 'working', source: 'manual' })),
  targetRoles: ['data-analyst', 'ai-trainer'],
  language: 'en',
});
const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Time that moves only when told, running the mirror's timers in order and letting their writes finish. */
function manualClock() {
  let now = 1_700_000_000_000;
  let next = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const settle = () => new Promise((r) => setTimeout(r, 0));
  return {
    now: () => now,
    setTimeout: (fn: () => void, ms: number) => (timers.set(++next, { at: now + ms, fn }), next),
    clearTimeout: (id: unknown) => void timers.delete(id as number),
    async advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = Math.max(now, due[1].at);
        due[1].fn();
        for (let i = 0; i < 5; i++) await settle();
      }
      now = until;
      await settle();
    },
  };
}

/** The most write operations in any window of `ms`. */
const busiest = (writes: number[], ms: number): number => Math.max(0, ...writes.map((t) => writes.filter((u) => u >= t && u < t + ms).length));

const freshDb = freshDbs('sync');
beforeEach(() => fakeBrowser.reset());

describe('sync codec', () => {
  it('stores skills compactly as "id:level:source", title corrections as pairs, and reads them back', () => {
    const items = encodeForSync(MINE, 5);
    expect(items[SYNC_KEY]).toEqual({ v: 1, n: 1, at: 5 });
    expect(String(items[`${SYNC_KEY}.0`])).toContain('"sql:e:c","python:l:m","nursing:w:p"');
    expect(decodeFromSync(items)).toEqual(MINE);
  });

  it('splits a large profile so every item fits QUOTA_BYTES_PER_ITEM, and joins it again', () => {
    const items = encodeForSync(HUGE);
    expect(Object.keys(items).length).toBeGreaterThan(3);
    for (const [key, value] of Object.entries(items)) expect(itemBytes(key, value)).toBeLessThanOrEqual(QUOTA_BYTES_PER_ITEM);
    expect(decodeFromSync(items)).toEqual(HUGE);
  });

  it('reads a missing, half-written or damaged copy as no profile', () => {
    const items = encodeForSync(HUGE);
    expect(decodeFromSync({})).toBeNull();
    expect(decodeFromSync({ ...items, [`${SYNC_KEY}.1`]: undefined })).toBeNull();
    expect(decodeFromSync({ [SYNC_KEY]: { v: 1, n: 1 }, [`${SYNC_KEY}.0`]: '{"l":"en","r":[],"s":["sql:z:m"]}' })).toBeNull();
  });
});

describe('the storage.sync mirror, against Chrome\'s limits', () => {
  it('a 500-skill profile saved 150 times in a minute ends equal to the profile, within the write limits', async () => {
    const area = limitedArea(CHROME_SYNC, () => clock.now());
    const clock = manualClock();
    const mirror = syncMirror(area, clock);
    for (let save = 0; save < 150; save++) {
      const profile = withSkills(351 + save);
      mirror.save(profile);
      await clock.advance(400);
      // Between saves, the view either shows the copy as synced with what it holds, or says it is behind.
      const status = mirror.status();
      const held = decodeFromSync(area.items.size ? Object.fromEntries(area.items) : {});
      if (status.state === 'synced') expect(held).toEqual(profile);
      else expect(status.state).toBe('pending');
      if (save >= MAX_WAIT_MS / 400) expect(status.lastSynced).toBeGreaterThanOrEqual(clock.now() - MAX_WAIT_MS - 400);
    }
    await clock.advance(MIN_GAP_MS + DEBOUNCE_MS);
    expect(decodeFromSync(Object.fromEntries(area.items))).toEqual(withSkills(500));
    expect(mirror.status()).toMatchObject({ state: 'synced', lastSynced: expect.any(Number) });
    expect(area.refusals).toEqual([]);
    const perMinute = busiest(area.writes, 60_000);
    console.log(`sync: 150 saves of a 351-500-skill profile (${(mirror.status().bytes / 1024).toFixed(1)} KB) in 60 s → ${area.writes.length} write operations, at most ${perMinute} in any minute (Chrome allows 120); the copy was behind for at most ${MAX_WAIT_MS / 1000} s`);
    expect(perMinute).toBeLessThanOrEqual(CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_MINUTE / 4);
  });

  it('an hour of saves every 2 s stays under the hourly limit and ends equal to the profile', async () => {
    const clock = manualClock();
    const area = limitedArea(CHROME_SYNC, () => clock.now());
    const mirror = syncMirror(area, clock);
    for (let save = 0; save < 1_800; save++) {
      mirror.save({ ...MINE, targetRoles: [`role-${save}`] });
      await clock.advance(2_000);
    }
    await clock.advance(MIN_GAP_MS + DEBOUNCE_MS);
    expect(area.refusals).toEqual([]);
    expect(busiest(area.writes, 3_600_000)).toBeLessThanOrEqual(CHROME_SYNC.MAX_WRITE_OPERATIONS_PER_HOUR);
    expect(decodeFromSync(Object.fromEntries(area.items))?.targetRoles).toEqual(['role-1799']);
  }, 60_000);

  it('a profile too big for browser sync leaves the last copy and says so, with its size and the limit', async () => {
    const clock = manualClock();
    const area = limitedArea(CHROME_SYNC, () => clock.now());
    const mirror = syncMirror(area, clock);
    mirror.save(MINE);
    await clock.advance(DEBOUNCE_MS);
    const syncedAt = mirror.status().lastSynced;
    mirror.save(HUGE);
    await clock.advance(MIN_GAP_MS + DEBOUNCE_MS);
    expect(mirror.status()).toEqual({ state: 'too-big', lastSynced: syncedAt, bytes: expect.any(Number), limit: PROFILE_SYNC_BYTES });
    expect(mirror.status().bytes).toBeGreaterThan(PROFILE_SYNC_BYTES);
    expect(decodeFromSync(Object.fromEntries(area.items))).toEqual(MINE);
    expect(area.refusals).toEqual([]);
  });

  it('when the browser refuses a write, says so with its reason, keeps the newest profile queued and catches up', async () => {
    const clock = manualClock();
    const area = limitedArea({ ...CHROME_SYNC, MAX_WRITE_OPERATIONS_PER_MINUTE: 0 }, () => clock.now());
    const mirror = syncMirror(area, clock);
    mirror.save(MINE);
    await clock.advance(DEBOUNCE_MS);
    expect(mirror.status()).toMatchObject({ state: 'failed', error: 'MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded', lastSynced: null });
    const recovered = limitedArea(CHROME_SYNC, () => clock.now());
    Object.assign(area, { set: recovered.set, remove: recovered.remove, get: recovered.get });
    await clock.advance(RETRY_MS);
    expect(mirror.status()).toMatchObject({ state: 'synced' });
    expect(decodeFromSync(Object.fromEntries(recovered.items))).toEqual(MINE);
  });
});

describe('the mirror in the background', () => {
  it('mirrors saves, tells the profile view how it stands, and drops the chunks of a longer earlier copy', async () => {
    const clock = manualClock();
    const mirror = syncMirror(fakeBrowser.storage.sync as unknown as SyncArea, clock);
    main(freshDb(), mirror);
    await fromPanel({ type: 'ui:saveProfile', profile: withSkills(400) });
    expect((await fromPanel({ type: 'ui:getStorageStatus' })).data).toMatchObject({ sync: { state: 'pending' } });
    await clock.advance(DEBOUNCE_MS);
    expect(decodeFromSync(await fakeBrowser.storage.sync.get(null))).toEqual(withSkills(400));
    await fromPanel({ type: 'ui:saveProfile', profile: MINE });
    await clock.advance(MIN_GAP_MS + DEBOUNCE_MS);
    const small = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(small).sort()).toEqual([SYNC_KEY, `${SYNC_KEY}.0`]);
    expect(decodeFromSync(small)).toEqual(MINE);
    expect((await fromPanel({ type: 'ui:getStorageStatus' })).data).toMatchObject({ sync: { state: 'synced', lastSynced: clock.now() - DEBOUNCE_MS } });
  });

  it('restores a synced profile on startup when IndexedDB has none', async () => {
    await fakeBrowser.storage.sync.set(encodeForSync(MINE));
    main(freshDb(), syncMirror(fakeBrowser.storage.sync as unknown as SyncArea, manualClock()));
    expect((await fromPanel({ type: 'ui:getProfile' })).data).toEqual({ profile: MINE });
  });

  it('never overwrites a local profile with the synced one', async () => {
    const db = freshDb();
    const local: Profile = { skills: [], targetRoles: [], language: 'en' };
    await saveProfile(db, local);
    await fakeBrowser.storage.sync.set(encodeForSync(MINE));
    expect(await restoreFromMirror(db, syncMirror(fakeBrowser.storage.sync as unknown as SyncArea))).toBe(false);
    expect(await getProfile(db)).toEqual(local);
  });

  it('is cleared by "delete my data", pending saves included, so a restart does not bring the profile back', async () => {
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    const db = freshDb();
    const clock = manualClock();
    main(db, syncMirror(fakeBrowser.storage.sync as unknown as SyncArea, clock));
    await fromPanel({ type: 'ui:saveProfile', profile: MINE });
    expect(await fromPanel({ type: 'ui:deleteMyData' })).toEqual({ ok: true, data: {} });
    await clock.advance(RETRY_MS);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ unrelated: 1 });
    expect(await restoreFromMirror(db, syncMirror(fakeBrowser.storage.sync as unknown as SyncArea))).toBe(false);
  });

  it('does nothing where the browser has no storage.sync, and says it is off', async () => {
    const mirror = syncMirror(null);
    mirror.save(MINE);
    expect(await mirror.load()).toBeNull();
    expect(mirror.status().state).toBe('off');
  });
});

import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '../../entrypoints/background/index';
import { restoreFromMirror, syncMirror, type SyncArea } from '../../entrypoints/background/profile-sync';
import { getProfile, saveProfile } from '../../storage/profile';
import type { Profile } from '../../storage/schemas';
import { decodeFromSync, encodeForSync, QUOTA_BYTES_PER_ITEM, SYNC_KEY } from '../../storage/sync-codec';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';

const MINE: Profile = {
  skills: [{ id: 'sql', level: 'expert', source: 'cv' }, { id: 'python', level: 'learning', source: 'manual' }, { id: 'nursing', level: 'working', source: 'posting' }],
  targetRoles: ['data-analyst'],
  language: 'zh_CN',
};
/** The largest profile the schema allows, with multi-byte text, to push against the per-item quota. */
const HUGE: Profile = {
  skills: Array.from({ length: 500 }, (_, i) => ({ id: `技能-${i}-${'x'.repeat(80)}`, level: 'expert', source: 'posting' })),
  targetRoles: Array.from({ length: 50 }, (_, i) => `目标岗位 "${i}" ${'岗'.repeat(80)}`),
  language: 'en',
};
const itemBytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

const freshDb = freshDbs('sync');
beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sync codec', () => {
  it('stores skills compactly as "id:level:source" and reads them back', () => {
    const items = encodeForSync(MINE);
    expect(items[SYNC_KEY]).toEqual({ v: 1, n: 1 });
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

describe('the storage.sync mirror', () => {
  it('mirrors every save and drops the chunks of a longer earlier copy', async () => {
    main(freshDb());
    await fromPanel({ type: 'ui:saveProfile', profile: HUGE });
    const big = await fakeBrowser.storage.sync.get(null);
    expect(decodeFromSync(big)).toEqual(HUGE);
    await fromPanel({ type: 'ui:saveProfile', profile: MINE });
    const small = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(small).sort()).toEqual([SYNC_KEY, `${SYNC_KEY}.0`]);
    expect(decodeFromSync(small)).toEqual(MINE);
  });

  it('keeps saving to IndexedDB when sync refuses (over quota, signed out)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    main(freshDb());
    expect(await fromPanel({ type: 'ui:saveProfile', profile: MINE })).toEqual({ ok: true, data: { profile: MINE } });
    expect((await fromPanel({ type: 'ui:getProfile' })).data).toEqual({ profile: MINE });
    expect(warn).toHaveBeenCalled();
  });

  it('restores a synced profile on startup when IndexedDB has none', async () => {
    await fakeBrowser.storage.sync.set(encodeForSync(MINE));
    main(freshDb());
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

  it('is cleared by "delete my data", so a restart does not bring the profile back', async () => {
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    const db = freshDb();
    main(db);
    await fromPanel({ type: 'ui:saveProfile', profile: MINE });
    expect(await fromPanel({ type: 'ui:deleteMyData' })).toEqual({ ok: true, data: {} });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ unrelated: 1 });
    expect(await restoreFromMirror(db, syncMirror(fakeBrowser.storage.sync as unknown as SyncArea))).toBe(false);
  });

  it('does nothing where the browser has no storage.sync', async () => {
    const mirror = syncMirror(null);
    await mirror.save(MINE);
    expect(await mirror.load()).toBeNull();
  });
});

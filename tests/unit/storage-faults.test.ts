import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type DBCoreMutateRequest } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '../../entrypoints/background/index';
import { openDb, type SkillShiftDb } from '../../storage/db';
import { faultOf } from '../../schemas/faults';
import { markCourseDone, saveLearningItem } from '../../storage/learning';
import { MIGRATIONS } from '../../storage/migrations/index';
import { getProfile, saveProfile } from '../../storage/profile';
import type { LearningItem, Profile } from '../../schemas/records';
import { fakeRead } from '../fixtures/analysis';
import { fromPanel, sendFrom } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';

const freshDb = freshDbs('faults');
const PAGE = { id: 'test-extension-id', url: fakeRead().url, tab: { id: 7, url: fakeRead().url } };
const MINE: Profile = { skills: [{ id: 'sql', level: 'learning', source: 'manual' }], targetRoles: [], language: 'en' };
const COURSE: LearningItem = { courseId: 'c1', skillId: 'sql', title: 'SQL', provider: 'P', url: 'https://example.com/sql', language: 'en', free: true, added: 1, doneAt: null };

beforeEach(() => fakeBrowser.reset());

/** IndexedDB as a private window or a browser with site data off has it: every open fails. */
const noIndexedDb = {
  open: () => {
    throw new DOMException('The user denied permission to access the database.', 'UnknownError');
  },
  deleteDatabase: () => {
    throw new DOMException('The user denied permission to access the database.', 'UnknownError');
  },
  cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
  databases: async () => [],
} as unknown as IDBFactory;

/**
 * A disk that fills up (set before the database opens; `full.tables` from then on): writes to those tables fail as
 * the browser fails them, and abort their transaction.
 */
function fillable(db: SkillShiftDb): { tables: string[] } {
  const full = { tables: [] as string[] };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) =>
            full.tables.includes(name) && req.type !== 'delete' ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : table.mutate(req),
        };
      },
    }),
  });
  return full;
}

describe('IndexedDB unavailable (private window, site data off)', () => {
  it('the page still gets its badge and the panel its analysis; storage answers with a clear fault, never a raw error', async () => {
    main(openDb('faults-unavailable', { indexedDB: noIndexedDb, IDBKeyRange }));
    const posted = await sendFrom({ type: 'content:posting', read: fakeRead() }, PAGE);
    expect(posted).toMatchObject({ ok: true, data: { badge: { score: expect.any(Number) } } });
    expect((await fromPanel({ type: 'ui:getTabAnalysis', tabId: 7 })).data).toMatchObject({ analysis: { url: fakeRead().url } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/%$/);
    expect(await fromPanel({ type: 'ui:getProfile' })).toMatchObject({ ok: false, code: 'storage-unavailable' });
    expect(await fromPanel({ type: 'ui:listHistory' })).toMatchObject({ ok: false, code: 'storage-unavailable' });
    expect(await fromPanel({ type: 'ui:getStorageStatus' })).toMatchObject({ ok: true, data: { history: null, fault: 'unavailable' } });
  });
});

describe('IndexedDB full (QuotaExceededError)', () => {
  it('marking a course done writes both tables or neither', async () => {
    const db = freshDb();
    const full = fillable(db);
    await saveProfile(db, MINE);
    await saveLearningItem(db, COURSE);
    full.tables = ['profile'];
    const error = await markCourseDone(db, 'c1').catch((e: unknown) => e);
    expect(faultOf(error)).toBe('full');
    expect((await db.learning.get('c1'))?.doneAt).toBeNull();
    expect(await getProfile(db)).toEqual(MINE);
  });

  it('a save that did not happen is refused with "full"; the page keeps its badge, the status says so until a write goes through', async () => {
    const db = freshDb();
    fillable(db).tables = ['profile', 'analyses'];
    main(db);
    expect(await fromPanel({ type: 'ui:saveProfile', profile: MINE })).toMatchObject({ ok: false, code: 'storage-full' });
    expect((await fromPanel({ type: 'ui:getProfile' })).data).toEqual({ profile: { skills: [], targetRoles: [], language: 'auto' } });
    expect(await sendFrom({ type: 'content:posting', read: fakeRead() }, PAGE)).toMatchObject({ ok: true, data: { badge: { score: expect.any(Number) } } });
    // The panel's question waits for the write that followed the answer.
    expect((await fromPanel({ type: 'ui:getStorageStatus' })).data).toMatchObject({ fault: 'full', history: { postings: 0 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/%$/);
    expect(await db.analyses.count()).toBe(0);
  });
});

describe('a slow store', () => {
  it("the page's badge is answered before the tab's record is written; the panel, asking after, waits for it and the history", async () => {
    const db = freshDb();
    main(db);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const write = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const writes = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => held.then(() => write(items)));
    const posted = await sendFrom({ type: 'content:posting', read: fakeRead() }, PAGE);
    expect(posted).toMatchObject({ ok: true, data: { badge: { score: expect.any(Number) } } });
    await expect.poll(() => writes.mock.calls.length).toBeGreaterThan(0);
    expect(await db.analyses.count()).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    const history = fromPanel({ type: 'ui:listHistory' });
    const tab = fromPanel({ type: 'ui:getTabAnalysis', tabId: 7 });
    release();
    expect((await history).data).toMatchObject({ items: [{ url: fakeRead().url }] });
    expect((await tab).data).toMatchObject({ analysis: { url: fakeRead().url } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toMatch(/%$/);
  });
});

describe('a database from a newer SkillShift', () => {
  it('is left as it is, and said so ("newer"), not overwritten or deleted', async () => {
    const name = 'faults-newer';
    await new Promise<void>((done, fail) => {
      const req = indexedDB.open(name, (MIGRATIONS.length + 5) * 10);
      req.onupgradeneeded = () => req.result.createObjectStore('future').put('kept', 'k');
      req.onsuccess = () => (req.result.close(), done());
      req.onerror = () => fail(req.error);
    });
    const db = freshDb(name);
    expect(faultOf(await db.ready().catch((e: unknown) => e))).toBe('newer');
    main(db);
    expect(await fromPanel({ type: 'ui:getProfile' })).toMatchObject({ ok: false, code: 'storage-newer' });
    const raw = await new Promise<IDBDatabase>((done) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => done(req.result);
    });
    expect(raw.version).toBe((MIGRATIONS.length + 5) * 10);
    expect([...raw.objectStoreNames]).toEqual(['future']);
    const kept = await new Promise((done) => {
      const req = raw.transaction('future').objectStore('future').get('k');
      req.onsuccess = () => done(req.result);
    });
    expect(kept).toBe('kept');
    raw.close();
  });
});

describe('an upgrade blocked by an older SkillShift page holding the database open', () => {
  it('answers "blocked" at once instead of hanging, and upgrades with nothing lost once the other page closes', async () => {
    const name = 'faults-blocked';
    const old = new Dexie(name);
    for (const migrate of MIGRATIONS.slice(0, MIGRATIONS.length - 1)) migrate(old);
    old.on('versionchange', () => false); // the old page ignores the request to close
    await old.open();
    await old.table('profile').put({ id: 'me', ...MINE });
    const db = freshDb(name);
    main(db);
    expect(await fromPanel({ type: 'ui:getProfile' })).toMatchObject({ ok: false, code: 'storage-blocked' });
    old.close();
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect((await fromPanel({ type: 'ui:getProfile' })).data).toEqual({ profile: MINE });
  });
});

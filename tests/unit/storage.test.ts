import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_VERSION } from '../../storage/migrations/index';
import { openDb, type SkillShiftDb } from '../../storage/db';
import { listHistory, saveAnalysis } from '../../storage/analyses';
import { getProfile, saveProfile } from '../../storage/profile';
import { getSetting, setSetting } from '../../storage/settings';
import { fakeAnalysis } from '../fixtures/analysis';
import { freshDbs } from '../fixtures/fresh-db';

const freshDb = freshDbs('test');
const stored = (db: SkillShiftDb, url: string) => db.analyses.where('url').equals(url).first();

describe('analyses', () => {
  it('saves and reads back by url', async () => {
    const db = freshDb();
    const a = fakeAnalysis();
    await saveAnalysis(db, a, 1000);
    const row = await stored(db, a.url);
    expect(row?.title).toBe('Data Analyst');
    expect(row?.company).toBe('Acme');
    expect(row?.exposure).toBe(0.6);
    expect(row?.analysis).toEqual(a);
  });

  it('upserts by url instead of duplicating', async () => {
    const db = freshDb();
    const first = await saveAnalysis(db, fakeAnalysis(), 1000);
    const second = await saveAnalysis(db, fakeAnalysis({ skills: ['Python'] }), 2000);
    expect(second).toBe(first);
    expect(await db.analyses.count()).toBe(1);
    expect((await stored(db, fakeAnalysis().url))?.analysis.skills).toEqual(['Python']);
  });

  it('lists history newest first, limited, without the full analysis', async () => {
    const db = freshDb();
    for (let i = 0; i < 5; i++) await saveAnalysis(db, fakeAnalysis({ url: `https://boards.greenhouse.io/a/jobs/${i}` }), 1000 + i);
    const { items, more } = await listHistory(db, 3);
    expect(items.map((h) => h.url)).toEqual([4, 3, 2].map((i) => `https://boards.greenhouse.io/a/jobs/${i}`));
    expect(items[0]).not.toHaveProperty('analysis');
    expect(more).toBe(true);
    const older = await listHistory(db, 3, items.at(-1)!.analysedAt);
    expect(older).toEqual({ items: [expect.objectContaining({ analysedAt: 1001 }), expect.objectContaining({ analysedAt: 1000 })], more: false });
  });

  it('rejects an analysis that does not match the schema', async () => {
    const db = freshDb();
    const bad = { ...fakeAnalysis(), exposure: { score: 7, label: 'nope', counts: {} } };
    await expect(saveAnalysis(db, bad as never)).rejects.toThrow();
    expect(await db.analyses.count()).toBe(0);
  });

  it('persists across a new Dexie instance on the same database', async () => {
    const name = 'persist-across-instances';
    const db1 = openDb(name);
    await saveAnalysis(db1, fakeAnalysis(), 1000);
    await saveProfile(db1, { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'zh_CN' });
    db1.close();
    const db2 = freshDb(name);
    expect((await stored(db2, fakeAnalysis().url))?.title).toBe('Data Analyst');
    expect(await getProfile(db2)).toEqual({ skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'zh_CN' });
    expect(db2.verno).toBe(CURRENT_VERSION);
  });
});

describe('profile', () => {
  it('defaults to an empty profile', async () => {
    expect(await getProfile(freshDb())).toEqual({ skills: [], targetRoles: [], language: 'auto' });
  });

  it('keeps a single row', async () => {
    const db = freshDb();
    await saveProfile(db, { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'en' });
    await saveProfile(db, { skills: [{ id: 'sql', level: 'working', source: 'manual' }, { id: 'excel', level: 'learning', source: 'cv' }], targetRoles: [], language: 'en' });
    expect(await db.profile.count()).toBe(1);
    expect((await getProfile(db)).skills).toEqual([{ id: 'sql', level: 'working', source: 'manual' }, { id: 'excel', level: 'learning', source: 'cv' }]);
  });

  it('rejects an invalid profile', async () => {
    await expect(saveProfile(freshDb(), { skills: [{ id: '', level: 'working', source: 'manual' }], targetRoles: [], language: 'en' })).rejects.toThrow();
  });
});

describe('settings', () => {
  const Flag = z.boolean();
  it('returns the fallback until set, then the value', async () => {
    const db = freshDb();
    expect(await getSetting(db, 'showBadge', Flag, true)).toBe(true);
    await setSetting(db, 'showBadge', Flag, false);
    expect(await getSetting(db, 'showBadge', Flag, true)).toBe(false);
  });

  it('falls back when a stored value no longer fits the schema', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'showBadge', value: 'yes' });
    expect(await getSetting(db, 'showBadge', Flag, true)).toBe(true);
  });
});

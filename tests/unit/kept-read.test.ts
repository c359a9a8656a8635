import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { keptRead } from '../../storage/kept-read';
import { saveAnalysis } from '../../storage/analyses';
import { getProfile, saveProfile } from '../../storage/profile';
import { getUserRules, saveUserRules } from '../../storage/user-rules';
import { openDb } from '../../storage/db';
import { fakeAnalysis } from '../fixtures/analysis';
import { freshDbs } from '../fixtures/fresh-db';

const freshDb = freshDbs('kept');
const rules = (disabled: string) => ({ disabled: [disabled], weights: {}, added: [] });

/** A read that counts how often it reached the database. */
function counted<T>(read: () => Promise<T>) {
  const calls = { n: 0 };
  return {
    calls,
    read: async () => {
      calls.n++;
      return read();
    },
  };
}

describe('a kept read', () => {
  it('reads the database once and returns the same value until a write to its table', async () => {
    const db = freshDb();
    await saveUserRules(db, rules('negotiate'));
    const { calls, read } = counted(() => getUserRules(db));
    const stored = keptRead(db, ['settings'], read);
    const first = await stored();
    expect(await stored()).toBe(first);
    expect(calls.n).toBe(1);

    await saveUserRules(db, rules('counsel'));
    expect((await stored()).disabled[0]).toBe('counsel');
    expect(calls.n).toBe(2);
  });

  it('is not forgotten by writes to other tables', async () => {
    const db = freshDb();
    await db.open(); // creating the database counts as a write to every table
    const { calls, read } = counted(async () => (await getProfile(db)).titleCorrections ?? []);
    const stored = keptRead(db, ['profile'], read);
    await stored();
    await saveAnalysis(db, fakeAnalysis(), 1000);
    await saveUserRules(db, rules('negotiate'));
    await stored();
    expect(calls.n).toBe(1);
    await saveProfile(db, { ...(await getProfile(db)), titleCorrections: [{ title: 'Barista', occupation: '35-3023.01' }] });
    expect(await stored()).toEqual([{ title: 'Barista', occupation: '35-3023.01' }]);
    expect(calls.n).toBe(2);
  });

  it('sees a write made through another connection to the same database', async () => {
    const db = freshDb();
    const other = openDb(db.name);
    const stored = keptRead(db, ['settings'], () => getUserRules(db));
    expect((await stored()).disabled).toEqual([]);
    await saveUserRules(other, rules('mentor'));
    other.close();
    expect((await stored()).disabled[0]).toBe('mentor');
  });

  it('keeps neither a failed read nor one a write overtook', async () => {
    const db = freshDb();
    let fail = true;
    const stored = keptRead(db, ['settings'], async () => {
      if (fail) throw new Error('disk');
      return getUserRules(db);
    });
    await expect(stored()).rejects.toThrow('disk');
    fail = false;
    expect((await stored()).disabled).toEqual([]);

    // A read that began before a write and ended after it: its value is returned once, then read again.
    const { calls, read } = counted(async () => {
      const value = await getUserRules(db);
      await saveUserRules(db, rules('coach'));
      return value;
    });
    const racing = keptRead(db, ['settings'], read);
    await racing();
    await racing();
    expect(calls.n).toBe(2);
  });
});

import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findSkills } from '../../engine/skills/extract';
import { openDb, type SkillShiftDb } from '../../storage/db';
import { CURRENT_VERSION, MIGRATIONS } from '../../storage/migrations/index';
import { profileFromV1 } from '../../storage/migrations/v2';
import { analysisFromV2 } from '../../storage/migrations/v3';
import { getProfile } from '../../storage/profile';
import { listHistory, toRow } from '../../storage/analyses';
import { jsonBytes } from '../../schemas/limits';
import { AnalysisRowSchema, LearningItemSchema, ProfileRowSchema, SettingRowSchema } from '../../schemas/records';
import { fakeAnalysis } from '../fixtures/analysis';

const FIXTURES = new URL('../fixtures/storage/', import.meta.url);
const Tables = z.record(z.string(), z.array(z.record(z.string(), z.unknown())));
/** Rows as version `version` stored them, and (`expected`) every table as the current version must hold them. */
const Fixture = z.object({ version: z.number().int().positive(), tables: Tables, expected: z.object({ version: z.number().int(), tables: Tables }).optional() });
type Fixture = z.infer<typeof Fixture>;
const TABLES = ['analyses', 'profile', 'settings', 'learning'] as const;

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /^v\d+\.json$/.test(f))
  .map((file) => ({ file, ...Fixture.parse(JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8'))) }));

/** A database exactly as version `n` of the extension created it, holding the fixture's rows. */
async function storeAt(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const migrate of MIGRATIONS.slice(0, fixture.version)) migrate(old);
  await old.open();
  expect(old.verno).toBe(fixture.version);
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
  old.close();
}

/** What each past version's rows must become; every version keeps settings as they were. */
const PROFILE_CHECKS: Record<number, (before: Record<string, unknown>, db: SkillShiftDb) => Promise<void>> = {
  1: async (before, db) => {
    const after = await getProfile(db);
    const ids = after.skills.map((s) => s.id);
    for (const text of z.array(z.string()).parse(before.skills)) {
      const named = findSkills(text).map((f) => f.id);
      expect(ids.includes(text.trim()) || named.some((id) => ids.includes(id)), `v1 skill "${text}" kept`).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(after.language).toBe(before.language);
    expect(after.targetRoles).toEqual([]);
    expect(after.skills.every((s) => s.level === 'working' && s.source === 'manual')).toBe(true);
  },
};

/** A v3 row (no `bytes` yet) of posting `i`. */
function fakeRow(i: number) {
  const { bytes: _, ...row } = toRow(fakeAnalysis({ url: `https://job-boards.greenhouse.io/acme/jobs/${i}` }), 1_700_000_000_000 + i);
  return row;
}

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('storage migrations', () => {
  it('has a stored example of every past version', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: CURRENT_VERSION - 1 }, (_, i) => i + 1));
    for (const f of fixtures) expect(f.file).toBe(`v${f.version}.json`);
  });

  for (const fixture of fixtures) {
    it(`${fixture.file} holds rows in every table its version had, and what each becomes at v${CURRENT_VERSION}`, () => {
      const had = fixture.version === 1 ? TABLES.filter((t) => t !== 'learning') : TABLES;
      for (const table of had) expect(fixture.tables[table]?.length, `${fixture.file}: ${table}`).toBeGreaterThan(0);
      expect(fixture.expected?.version, `${fixture.file}: expected rows are for v${CURRENT_VERSION}`).toBe(CURRENT_VERSION);
    });

    it(`upgrades ${fixture.file} to v${CURRENT_VERSION}, every table equal field by field to what is expected`, async () => {
      const name = `migrate-${fixture.file}`;
      await storeAt(name, fixture);
      const db = openDb(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      for (const table of TABLES) expect(await db.table(table).toArray(), `${fixture.file}: ${table}`).toEqual(fixture.expected?.tables[table] ?? []);

      for (const row of await db.analyses.toArray()) expect(AnalysisRowSchema.parse(row).bytes).toBe(jsonBytes({ ...row, bytes: 0 }));
      for (const row of await db.settings.toArray()) expect(SettingRowSchema.safeParse(row).success).toBe(true);
      for (const row of await db.profile.toArray()) expect(ProfileRowSchema.safeParse(row).success).toBe(true);
      for (const row of await db.learning.toArray()) expect(LearningItemSchema.safeParse(row).success).toBe(true);
      const before = fixture.tables.profile?.[0];
      if (before) await PROFILE_CHECKS[fixture.version]?.(before, db);
    });
  }

  it('v4 keeps the newest 200 postings of a history older versions let grow, and lists them newest first', async () => {
    const rows = Array.from({ length: 205 }, (_, i) => ({ ...fakeRow(i), id: i + 1 }));
    const name = 'migrate-long-history';
    await storeAt(name, { version: 3, tables: { analyses: rows } });
    const db = openDb(name);
    opened.push(db);
    expect(await db.analyses.count()).toBe(200);
    expect((await db.analyses.orderBy('analysedAt').first())?.analysedAt).toBe(rows[5]!.analysedAt);
    expect((await listHistory(db, 1)).items[0]?.url).toBe(rows[204]!.url);
  });

  it('maps v1 free-text skills onto taxonomy ids, keeping unknown ones as written', () => {
    expect(profileFromV1({ id: 'me', skills: ['SQL', 'Microsoft Excel', 'Knitting circles', 'sql'], language: 'en' })).toEqual({
      id: 'me',
      skills: [
        { id: 'sql', level: 'working', source: 'manual' },
        { id: 'excel', level: 'working', source: 'manual' },
        { id: 'Knitting circles', level: 'working', source: 'manual' },
      ],
      targetRoles: [],
      language: 'en',
    });
  });

  it('moves a v2 analysis\'s requirement lines out of its tasks and marks tasks no rule spoke for as unclear', () => {
    const v2 = Fixture.parse(JSON.parse(readFileSync(new URL('v2.json', FIXTURES), 'utf8')));
    const upgraded = AnalysisRowSchema.parse({ ...analysisFromV2(v2.tables.analyses?.[0]), bytes: 0 });
    expect(upgraded.analysis.requirements).toEqual([{ text: '3+ years of experience with SQL', skills: [] }]);
    expect(upgraded.analysis.tasks.map((t) => t.text)).not.toContain('3+ years of experience with SQL');
    expect(upgraded.analysis.tasks.find((t) => t.text === 'Answer questions from the sales team')).toMatchObject({ unclear: true, confidence: 0 });
    expect(upgraded.analysis.tasks.find((t) => t.text === 'Compile weekly sales reports')).toMatchObject({ unclear: false });
    expect(upgraded.analysis.exposure?.unclear).toBe(2);
    expect(analysisFromV2({ analysis: 'not an analysis' })).toBeNull();
  });

  it('leaves a row v1 could not have written untouched instead of dropping it', async () => {
    expect(profileFromV1({ id: 'me', skills: 'SQL', language: 'en' })).toBeNull();
    const name = 'migrate-odd-row';
    await storeAt(name, { version: 1, tables: { profile: [{ id: 'me', skills: 'SQL', language: 'en' }] } });
    const db = openDb(name);
    opened.push(db);
    expect(await db.profile.get('me')).toEqual({ id: 'me', skills: 'SQL', language: 'en' });
    expect((await getProfile(db)).skills).toEqual([]);
  });
});

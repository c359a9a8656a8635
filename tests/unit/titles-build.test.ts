import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OCCUPATIONS } from '../../engine/titles/occupations';
import { TITLE_INDEX } from '../../engine/titles/title-index-data';
import { priorOf } from '../../engine/titles/priors';
import { OccupationsFileSchema, PriorsSchema, TitleIndexSchema } from '../../engine/titles/schema';
import { hasSharedData } from '../../scripts/occupations-sources';
import { ROOT } from '../fixtures/cli';

const DATA = join(ROOT, 'data/occupations/');
const FILES = ['occupations.json', 'title-index.json', 'priors.json'];
const readData = (file: string): unknown => JSON.parse(readFileSync(join(DATA, file), 'utf8'));
if (!hasSharedData()) console.warn('titles-build.test: ../shared/data not found; the committed occupation files are not re-derived here');

/** Every title key with the id of the occupation it names. */
const keyOwners = (): Map<string, string> => new Map(TITLE_INDEX.keys.map((key, i) => [key, OCCUPATIONS[TITLE_INDEX.occ[i]!]!.id]));

describe('data/occupations (derived by npm run titles:build)', () => {
  it.skipIf(!hasSharedData())('is what titles:build derives from ../shared/data and our sources now (else run it)', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'skillshift-occupations-'));
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/occupations-build.ts', '--out', fresh], { cwd: ROOT, stdio: 'pipe' });
      for (const file of FILES) expect(readFileSync(join(fresh, file), 'utf8') === readFileSync(join(DATA, file), 'utf8'), file).toBe(true);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 120_000);

  it('passes its schemas, and the schemas refuse what is malformed', () => {
    expect(OccupationsFileSchema.safeParse(readData('occupations.json')).success).toBe(true);
    expect(TitleIndexSchema.safeParse(readData('title-index.json')).success).toBe(true);
    expect(PriorsSchema.safeParse(readData('priors.json')).success).toBe(true);
    const bad = { occupations: [{ id: 'nurse', en: '护士', zh: 'nurse', soc: '29-1141', isco: '22' }] };
    const paths = OccupationsFileSchema.safeParse(bad).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['occupations', 'occupations.0.id', 'occupations.0.en', 'occupations.0.zh', 'occupations.0.soc', 'occupations.0.isco']));
    const index = { ...TITLE_INDEX, occ: TITLE_INDEX.occ.slice(1) };
    expect(TitleIndexSchema.safeParse(index).success).toBe(false);
  });

  it('holds every O*NET-SOC 2019 occupation and every detailed occupation of the 2022 classification, once, named in both languages', () => {
    expect(new Set(OCCUPATIONS.map((o) => o.id)).size).toBe(OCCUPATIONS.length);
    expect(OCCUPATIONS.filter((o) => o.id === o.soc)).toHaveLength(1016);
    expect(OCCUPATIONS.filter((o) => o.id.startsWith('cn-'))).toHaveLength(1676);
    for (const o of OCCUPATIONS) if (o.id.startsWith('cn-')) expect(o.cn, o.id).toBe(o.id.slice(3));
    // Crosswalks point at occupations that exist.
    const socs = new Set(OCCUPATIONS.filter((o) => o.id === o.soc).map((o) => o.id));
    const cns = new Set(OCCUPATIONS.filter((o) => o.cn && o.id.startsWith('cn-')).map((o) => o.cn));
    for (const o of OCCUPATIONS) {
      if (o.soc) expect(socs.has(o.soc), `${o.id} → ${o.soc}`).toBe(true);
      if (o.cn) expect(cns.has(o.cn), `${o.id} → ${o.cn}`).toBe(true);
    }
    expect(OCCUPATIONS.find((o) => o.id === '29-1141.00')).toMatchObject({ en: 'Registered Nurses', isco: '2221' });
  });

  it('sorts its keys (they are found by binary search) and gives each to one occupation; no key is a bare generic word', () => {
    const keys = TITLE_INDEX.keys;
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!, keys[i]).toBe(true);
    const owners = keyOwners();
    expect(owners.size).toBe(keys.length);
    expect(owners.size).toBeGreaterThan(50_000);
    for (const generic of ['manager', 'associate', 'engineer', '专员', '经理', '助理']) expect(owners.has(generic), generic).toBe(false);
  });

  it('gives a title many occupations share to their group\'s catch-all, not to the first of them', () => {
    const owners = keyOwners();
    // O*NET gives "Project Engineer" to seventeen kinds of engineer, "Professor" to dozens of subjects.
    expect(owners.get('project engineer')).toBe('17-2199.00');
    expect(owners.get('professor')).toBe('25-1199.00');
    // A title one occupation holds keeps it.
    expect(owners.get('registered nurse')).toBe('29-1141.00');
  });

  it('flags the new occupations announced since 2019, AI-era ones among them', () => {
    const fresh = OCCUPATIONS.filter((o) => o.new);
    expect(fresh.length).toBeGreaterThanOrEqual(100);
    for (const zh of ['人工智能训练师', '生成式人工智能系统应用员', '网约配送员']) {
      const found = OCCUPATIONS.find((o) => o.zh === zh);
      expect(found?.new, zh).toBeGreaterThanOrEqual(2019);
    }
  });

  it('has a prior for every occupation with tasks, and for those without from their group', () => {
    const without = OCCUPATIONS.filter((o) => !priorOf(o.id)).map((o) => o.id);
    expect(without).toEqual(['cn-8-00-00-00']);
  });
});

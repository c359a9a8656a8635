import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasHan } from '../../engine/text';
import { matchTitle } from '../../engine/titles/match';
import { normalizeTitle, titleSegments } from '../../engine/titles/normalize';
import { OCCUPATION_FILES, OCCUPATIONS, parseOccupationFiles } from '../../engine/titles/occupations';
import { OccupationFileSchema } from '../../engine/titles/schema';

const DATA = fileURLToPath(new URL('../../data/occupations/', import.meta.url));

describe('normalizeTitle strips decorations', () => {
  it.each([
    ['Sr. Software Engineer II (m/w/d)', 'software engineer'],
    ['Senior Staff AI Engineer', 'ai engineer'],
    ['Lead Data Scientist - Remote', 'data scientist'],
    ['Warehouse Associate - Night Shift', 'warehouse associate'],
    ['Software Engineer – San Diego, CA', 'software engineer'],
    ['Chef de Partie (H/F)', 'chef de partie'],
    ['Retail Sales Associate - $17/hr', 'retail sales associate'],
    ['Principal Product Manager', 'product manager'],
    ['School Principal', 'school principal'],
    ['Registered Nurse (RN) - PRN Nights', 'registered nurse - rn'],
    ['Junior Accountant III, Full-Time', 'accountant'],
    ['急聘 外卖骑手', '外卖骑手'],
    ['高级Java开发工程师', 'java开发工程师'],
    ['【北京】资深算法工程师（NLP方向）', '算法工程师 - nlp方向'],
    ['普工 包吃住 月入8000+', '普工'],
    ['招聘专员', '招聘专员'],
    // A decoration word that is part of the occupation stays.
    ['Data Entry Clerk', 'data entry clerk'],
    ['General Contractor', 'general contractor'],
    ['Senior Project Lead (Remote)', 'project lead'],
    ['Bar Staff - Weekends', 'bar staff'],
    ['Smart Contract Developer', 'smart contract developer'],
    ['Staff Nurse - Contract', 'nurse'],
    ['Entry Level Data Analyst', 'data analyst'],
    ['Contractor - Electrician', 'electrician'],
  ])('%s → %s', (title, normalized) => {
    expect(normalizeTitle(title)).toBe(normalized);
  });

  it('leaves nothing of a title that is all decoration', () => {
    expect(titleSegments('Senior (m/w/d) - Remote')).toEqual([]);
  });
});

describe('matchTitle', () => {
  it.each([
    ['ICU Registered Nurse', 'registered-nurse'],
    ['Warehouse Associate - Night Shift', 'warehouse-worker'],
    ['高级Java开发工程师', 'software-developer'],
    ['急聘 外卖骑手', 'delivery-rider'],
    ['Sr. Software Engineer II (m/w/d)', 'software-developer'],
    ['Store Manager – San Diego, CA', 'store-manager'],
    ['CDL-A Truck Driver - Home Weekly', 'truck-driver'],
    ['Teacher of Mathematics', 'secondary-school-teacher'],
    ['人工智能训练师', 'ai-trainer'],
    ['数据标注员（可兼职）', 'data-annotator'],
    ['【北京】资深算法工程师（NLP方向）', 'algorithm-engineer'],
    ['Prompt Engineer', 'prompt-engineer'],
    ['MLOps Engineer', 'mlops-engineer'],
    ['AI Product Manager', 'ai-product-manager'],
    ['Uber Driver', 'ride-hailing-driver'],
    ['Content Moderator (Chinese speaking)', 'content-moderator'],
    ['网约车司机 月入过万', 'ride-hailing-driver'],
    ['School Principal', 'school-principal'],
    ['Data Entry Clerk', 'data-entry-clerk'],
    ['General Contractor', 'construction-manager'],
    ['Project Lead', 'project-manager'],
    ['Bar Staff', 'bartender'],
  ])('%s → %s', (title, id) => {
    expect(matchTitle(title)?.occupation.id).toBe(id);
  });

  it('maps a senior AI engineer to an AI/ML occupation', () => {
    expect(matchTitle('Senior Staff AI Engineer')?.occupation.id).toMatch(/machine-learning|algorithm|ai-|mlops/);
  });

  it('refuses to guess on nonsense or bare generic words', () => {
    for (const title of ['Blorf Quantum Wizard', 'Chief Vibe Officer', 'Engineer', 'Hello World', '哈哈哈', '', 'Senior (m/w/d)'])
      expect(matchTitle(title), title).toBeNull();
  });

  it('returns the occupation, the alias that matched and the stored prior', () => {
    const match = matchTitle('ICU Registered Nurse');
    expect(match?.occupation).toEqual({ id: 'registered-nurse', en: 'Registered Nurse', zh: '注册护士' });
    expect(match?.score).toBeGreaterThan(0.6);
    expect(match?.score).toBeLessThanOrEqual(1);
    expect(match?.matchedAlias.toLowerCase()).toContain('nurse');
    expect(match?.exposure.score).toBeGreaterThanOrEqual(0);
    expect(Object.values(match?.exposure.counts ?? {}).reduce((a, b) => a + b, 0) + (match?.exposure.unclear ?? 0)).toBe(5);
  });

  it('is fast enough to badge every card of a listing (printed, not asserted)', () => {
    const titles = ['ICU Registered Nurse', 'Warehouse Associate - Night Shift', '高级Java开发工程师', 'Blorf Wizard', 'Lead Data Scientist - Remote'];
    matchTitle('warm-up');
    const n = 20_000;
    const started = performance.now();
    for (let i = 0; i < n; i++) matchTitle(titles[i % titles.length] as string);
    const perSecond = Math.round(n / ((performance.now() - started) / 1000));
    console.log(`matchTitle: ${perSecond} titles/s`);
    expect(perSecond).toBeGreaterThan(0);
  });
});

describe('occupation data', () => {
  it('lists every cluster file of data/occupations/ (the derived priors.json, alias-keys.json and title-index.json aside)', () => {
    const derived = ['priors.json', 'alias-keys.json', 'title-index.json'];
    const files = readdirSync(DATA).filter((f) => f.endsWith('.json') && !derived.includes(f));
    expect(files.sort()).toEqual(Object.keys(OCCUPATION_FILES).sort());
  });

  it('passes the Zod schema (kebab ids, EN/ZH titles, ≥2 aliases per language, 4–8 English tasks)', () => {
    expect(parseOccupationFiles().flatMap((c) => c.occupations)).toEqual(OCCUPATIONS);
    const bad = { cluster: 'x', occupations: [{ id: 'Bad Id', en: '护士', zh: 'nurse', aliases: ['a'], tasks: ['one'] }] };
    const issues = OccupationFileSchema.safeParse(bad).error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(issues).toEqual(expect.arrayContaining(['occupations.0.id', 'occupations.0.en', 'occupations.0.zh', 'occupations.0.aliases', 'occupations.0.tasks']));
  });

  it('holds at least 300 occupations with unique ids, EN and ZH titles and 4–8 tasks', () => {
    expect(OCCUPATIONS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(OCCUPATIONS.map((o) => o.id)).size).toBe(OCCUPATIONS.length);
    for (const o of OCCUPATIONS) {
      expect(hasHan(o.en), o.id).toBe(false);
      expect(hasHan(o.zh), o.id).toBe(true);
      expect(o.tasks.length, o.id).toBeGreaterThanOrEqual(4);
      expect(o.tasks.length, o.id).toBeLessThanOrEqual(8);
    }
  });

  it('gives no alias to two occupations (after normalisation)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const o of OCCUPATIONS)
      for (const alias of [o.en, o.zh, ...o.aliases]) {
        const key = titleSegments(alias).join(' ');
        const prev = owner.get(key);
        if (prev && prev !== o.id) clashes.push(`${alias}: ${prev} / ${o.id}`);
        owner.set(key, o.id);
      }
    expect(clashes).toEqual([]);
  });

  it('covers the AI-era and platform roles the issue names', () => {
    for (const zh of ['人工智能训练师', '数据标注员', '算法工程师', '外卖骑手', '网约车司机', '内容审核员'])
      expect(matchTitle(zh), zh).not.toBeNull();
  });
});

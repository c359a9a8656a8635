import { describe, expect, it } from 'vitest';
import { skillshift } from '../fixtures/cli';
import { hasShared, SHARED_PAGES } from '../sites/helpers';
import { computeGap, extractProfileSkills, ProfileFileSchema } from '../../engine/recommend/index';
import { fakeAnalysis } from '../fixtures/analysis';

const SONATUS = `${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`;
if (!hasShared) console.warn('recommend.test: ../shared/fixtures/pages not found; skipping the Sonatus page');

const analysis = fakeAnalysis({
  tasks: [
    { text: 'Build dashboards in Tableau for the sales team', section: 'responsibilities', label: 'augmentable', exposure: 0.5, rules: [], confidence: 0.5, unclear: false },
    { text: 'Write SQL queries and maintain Tableau data sources', section: 'responsibilities', label: 'augmentable', exposure: 0.5, rules: [], confidence: 0.5, unclear: false },
    { text: 'Present findings to stakeholders', section: 'responsibilities', label: 'human-led', exposure: 0.2, rules: [], confidence: 0.5, unclear: false },
  ],
  requirements: [{ text: 'Experience with Python', skills: ['python'] }],
  skills: ['tableau', 'data-visualization', 'sql', 'stakeholder-management', 'python'],
});

describe('computeGap', () => {
  it('splits posting skills into match and a gap ranked by work covered and AI resilience', () => {
    const started = performance.now();
    const { match, gap } = computeGap(analysis, { skills: [{ id: 'sql', level: 'expert' }] }, 'en');
    console.log(`computeGap + courses: ${(performance.now() - started).toFixed(2)} ms`);
    expect(match).toEqual([{ id: 'sql', en: 'SQL', zh: 'SQL', level: 'expert' }]);
    expect(gap.map((g) => g.id)).toEqual(['tableau', 'stakeholder-management', 'python', 'data-visualization']);
    // Tableau: two of the four duty and requirement lines; Python: the one requirement line.
    expect(gap[0]?.coverage).toBeCloseTo(2 / 4, 3);
    expect(gap[2]?.coverage).toBeCloseTo(1 / 4, 3);
    for (const g of gap) {
      expect(g.courses.length).toBeGreaterThanOrEqual(1);
      expect(g.courses.length).toBeLessThanOrEqual(3);
    }
  });

  it('picks Chinese courses for a Chinese UI', () => {
    const { gap } = computeGap(analysis, { skills: [] }, 'zh');
    expect(gap.find((g) => g.id === 'python')?.courses.every((c) => c.language === 'zh')).toBe(true);
  });
});

describe('extractProfileSkills', () => {
  it('lists each skill of a pasted CV once', () => {
    const cv = 'Data analyst. Python, SQL and Tableau. Built Tableau dashboards; wrote SQL daily. 普通话、英语六级。';
    expect(extractProfileSkills(cv).map((s) => s.id)).toEqual(['python', 'sql', 'tableau', 'data-visualization', 'mandarin', 'english']);
  });
});

describe('profile file', () => {
  it('accepts our fixture and rejects unknown levels', () => {
    expect(ProfileFileSchema.safeParse({ format: 'skillshift-profile', version: 1, skills: [], targetRoles: [], language: 'zh' }).success).toBe(true);
    expect(ProfileFileSchema.safeParse({ format: 'skillshift-profile', version: 2, skills: [], targetRoles: [], language: 'zh' }).success).toBe(false);
  });
});

describe('skillshift skills / recommend', () => {
  it('skills prints the skills named on stdin', () => {
    const { code, stdout } = skillshift(['skills'], 'Java, not JavaScript; 良好的沟通能力\n');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([
      { id: 'java', en: 'Java', zh: 'Java', matched: 'Java' },
      { id: 'javascript', en: 'JavaScript', zh: 'JavaScript', matched: 'JavaScript' },
      { id: 'communication', en: 'Communication skills', zh: '沟通能力', matched: '良好的沟通能力' },
    ]);
    // A skill named twice ("Go语言或golang") is printed once, as first named.
    expect(JSON.parse(skillshift(['skills'], '熟悉Go语言或golang\n').stdout)).toEqual([{ id: 'go', en: 'Go', zh: 'Go语言', matched: 'Go语言' }]);
  }, 60_000);

  it('recommend exits 2 naming what is wrong with a broken profile', () => {
    const bad = skillshift(['recommend', '--profile', 'tests/fixtures/skills/profile-broken.json', 'tests/fixtures/pages/jsonld-posting.html']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/skills\.0\.level/);
    const missing = skillshift(['recommend', '--profile', 'tests/fixtures/skills/nope.json', 'tests/fixtures/pages/jsonld-posting.html']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read profile/);
    expect(skillshift(['recommend', 'tests/fixtures/pages/jsonld-posting.html']).code).toBe(2);
  }, 60_000);

  it.skipIf(!hasShared)('recommend ranks the gap of a real posting, with courses', () => {
    const { code, stdout } = skillshift(['recommend', '--profile', 'tests/fixtures/skills/profile.json', SONATUS, '--url', 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['url', 'posting', 'match', 'gap', 'paths']);
    expect(out.posting).toEqual({ title: 'Senior Staff AI Engineer', company: 'Sonatus' });
    expect(out.match.map((m: { id: string }) => m.id)).toContain('python');
    expect(out.gap.length).toBeGreaterThan(2);
    expect(out.gap.map((g: { id: string }) => g.id)).toContain('machine-learning');
    for (const g of out.gap) expect(Object.keys(g)).toEqual(['id', 'en', 'zh', 'score', 'courses']);
    expect(out.paths.length).toBe(3);
  }, 60_000);
});

describe('a tool in the gap', () => {
  it('names its broader skill, ranks lower when the person has that skill, and offers the broader skill\'s courses', async () => {
    const { computeGap } = await import('../../engine/recommend/gap');
    const posting = { tasks: [{ text: 'Maintain the MySQL databases' }], requirements: [{ text: 'MySQL experience' }], skills: ['mysql'] };
    const fresh = computeGap(posting, { skills: [] }).gap[0]!;
    expect(fresh.under).toMatchObject({ id: 'databases', had: false });
    const dba = computeGap(posting, { skills: [{ id: 'databases', level: 'working' }] }).gap[0]!;
    expect(dba.under?.had).toBe(true);
    expect(dba.score).toBeLessThan(fresh.score);
    expect(fresh.courses.length).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import { skillshift } from '../fixtures/cli';

describe('skillshift title', () => {
  it('prints the occupation with its codes and its prior exposure', () => {
    const { code, stdout } = skillshift(['title', 'Sr. Software Engineer II (m/w/d)']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['title', 'normalized', 'occupation', 'matched', 'exposure']);
    expect(out).toMatchObject({ title: 'Sr. Software Engineer II (m/w/d)', normalized: 'software engineer' });
    expect(out.occupation).toMatchObject({ id: '15-1252.00', soc: '15-1252.00', isco: expect.stringMatching(/^\d{4}$/), en: 'Software Developers', zh: expect.any(String) });
    expect(Object.keys(out.exposure)).toEqual(['score', 'label', 'counts', 'unclear']);
  }, 60_000);

  it('answers a Chinese title with its 2022 classification code, and says a new occupation is new', () => {
    const rider = JSON.parse(skillshift(['title', '急聘 网约配送员']).stdout);
    expect(rider.occupation).toMatchObject({ cn: expect.stringMatching(/^4-/), zh: expect.stringContaining('配送') });
    // A data annotator is what the 2020 announcement calls an AI trainer (人工智能训练师, 4-04-05-05).
    const annotator = JSON.parse(skillshift(['title', '数据标注员（可兼职）']).stdout);
    expect(annotator.occupation).toMatchObject({ id: 'cn-4-04-05-05', cn: '4-04-05-05', zh: '人工智能训练师', new: 2020 });
    expect(JSON.parse(skillshift(['title', 'Data Annotator']).stdout).occupation.id).toBe('cn-4-04-05-05');
  }, 60_000);

  it('reads titles on stdin, one JSON object per line, in order; occupation null with a reason when nothing matches', () => {
    const { code, stdout } = skillshift(['title'], 'Registered Nurse\nBlorf Quantum Wizard\nManager\n\n软件测试工程师\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title)).toEqual(['Registered Nurse', 'Blorf Quantum Wizard', 'Manager', '', '软件测试工程师']);
    expect(lines[0].occupation.soc).toBe('29-1141.00');
    for (const none of [lines[1], lines[2], lines[3]]) {
      expect(none).toMatchObject({ occupation: null, matched: null, exposure: null });
      expect(none.reason).toMatch(/\w/);
    }
    expect(lines[4].occupation.soc).toBe('15-1253.00');
  }, 60_000);

  it('exits 2 with the usage when given two titles', () => {
    const { code, stderr } = skillshift(['title', 'Nurse', 'Welder']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: skillshift/);
  }, 60_000);
});

describe('skillshift occupations', () => {
  it('prints every O*NET-SOC 2019 occupation and every detailed occupation of China\'s 2022 classification, with codes and priors', () => {
    const { code, stdout } = skillshift(['occupations']);
    expect(code).toBe(0);
    const rows = stdout.trim().split('\n').map((l) => JSON.parse(l));
    const onet = rows.filter((r) => r.occupation.id === r.occupation.soc);
    const china = rows.filter((r) => r.occupation.id.startsWith('cn-'));
    expect(onet).toHaveLength(1016);
    expect(china).toHaveLength(1676);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(['occupation', 'exposure']);
      expect(r.occupation.en).toMatch(/\w/);
      expect(r.occupation.zh).toMatch(/\p{Script=Han}/u);
    }
    // Every occupation has a prior but the one China's classification keeps for "others not elsewhere classified".
    expect(rows.filter((r) => r.exposure === null).map((r) => r.occupation.id)).toEqual(['cn-8-00-00-00']);
    expect(china.filter((r) => r.occupation.soc).length).toBeGreaterThan(400);
    expect(onet.filter((r) => r.occupation.isco).length).toBeGreaterThan(700);
  }, 60_000);
});

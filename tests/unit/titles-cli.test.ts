import { describe, expect, it } from 'vitest';
import { skillshift } from '../fixtures/cli';

describe('skillshift title', () => {
  it('prints the occupation, its prior exposure and the classified typical tasks', () => {
    const { code, stdout } = skillshift(['title', 'Sr. Software Engineer II (m/w/d)']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['title', 'normalized', 'occupation', 'matched', 'exposure', 'tasks']);
    expect(out).toMatchObject({ title: 'Sr. Software Engineer II (m/w/d)', normalized: 'software engineer' });
    expect(out.occupation).toEqual({ id: 'software-developer', en: 'Software Developer', zh: '软件开发工程师' });
    expect(Object.keys(out.exposure)).toEqual(['score', 'label', 'counts', 'unclear']);
    expect(out.tasks.length).toBeGreaterThanOrEqual(4);
    for (const task of out.tasks) expect(Object.keys(task)).toEqual(['text', 'label', 'exposure', 'rules']);
    const counted = out.tasks.reduce((c: Record<string, number>, t: { label: string }) => ({ ...c, [t.label]: (c[t.label] ?? 0) + 1 }), {});
    expect(counted).toEqual(Object.fromEntries(Object.entries(out.exposure.counts).filter(([, n]) => n)));
  }, 60_000);

  it('answers a Chinese title', () => {
    const out = JSON.parse(skillshift(['title', '急聘 外卖骑手']).stdout);
    expect(out.occupation.id).toBe('delivery-rider');
  }, 60_000);

  it('exits 0 with occupation null and a reason when nothing matches', () => {
    const { code, stdout } = skillshift(['title', 'Blorf Quantum Wizard']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({ occupation: null, matched: null, exposure: null, tasks: [] });
    expect(out.reason).toMatch(/\w/);
  }, 60_000);

  it('exits 2 with the usage when the title is missing', () => {
    const { code, stderr } = skillshift(['title']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Usage: skillshift/);
    expect(stderr).toMatch(/title "<job title>"/);
  }, 60_000);
});

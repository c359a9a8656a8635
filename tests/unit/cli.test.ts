import { describe, expect, it } from 'vitest';
import { skillshift } from '../fixtures/cli';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

const SONATUS = `${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`;
if (!hasShared) console.warn('cli.test: ../shared/fixtures/pages not found; skipping the Sonatus page');

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('skillshift classify', () => {
  it('writes one JSON object per input line, in order, blank lines included', () => {
    const lines = ['Prepare weekly sales reports.', '', 'Negotiate contracts with suppliers.', '负责数据录入'];
    const { code, stdout } = skillshift(['classify'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = jsonLines(stdout);
    expect(out.map((o) => o.text)).toEqual(lines);
    for (const o of out) {
      expect(Object.keys(o)).toEqual(['text', 'label', 'exposure', 'rules']);
      expect(['automatable', 'augmentable', 'human-led']).toContain(o.label);
      expect(o.exposure).toBeGreaterThanOrEqual(0);
      expect(o.exposure).toBeLessThanOrEqual(1);
    }
    expect(out.map((o) => o.label)).toEqual(['automatable', 'human-led', 'augmentable', 'automatable']);
    expect(out[1]?.rules).toEqual(['no-signal']);
  }, 60_000);

  it('takes --lang and rejects an unknown one', () => {
    expect(jsonLines(skillshift(['classify', '--lang', 'en'], '负责数据录入\n').stdout)[0]?.rules).toEqual(['no-signal']);
    const bad = skillshift(['classify', '--lang', 'fr'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang/);
  }, 60_000);
});

describe('skillshift analyze', () => {
  it('analyses our own GBK-encoded posting', () => {
    const { code, stdout } = skillshift(['analyze', 'tests/fixtures/tasks/posting-zh-gbk.html', '--url', 'https://jobs.example.cn/job/7.html']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(Object.keys(analysis)).toEqual(['url', 'kind', 'source', 'posting', 'tasks', 'requirements', 'benefits', 'lines', 'exposure', 'cards', 'skills', 'occupation']);
    // The posting's title is read as an occupation, with its codes.
    expect(analysis.occupation).toMatchObject({ id: expect.any(String), en: expect.any(String), zh: expect.stringMatching(/\p{Script=Han}/u) });
    expect(analysis.occupation.soc ?? analysis.occupation.cn).toMatch(/\d/);
    expect(Object.keys(analysis.tasks[0])).toEqual(['text', 'section', 'label', 'exposure', 'confidence', 'unclear', 'rules']);
    expect(Object.keys(analysis.exposure)).toEqual(['score', 'label', 'counts', 'unclear']);
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting).toMatchObject({ title: '行政助理', language: 'zh' });
    expect(analysis.tasks[0]).toMatchObject({ text: '负责公司日常文件的起草、归档和档案管理', section: 'responsibilities', label: 'automatable' });
    expect(analysis.tasks.some((t: { text: string }) => t.text.includes('五险一金'))).toBe(false);
    // Every line read, with its role; requirements and benefits listed apart from the tasks.
    const roles = new Set(analysis.lines.map((l: { role: string }) => l.role));
    expect([...roles].every((r) => ['duty', 'requirement', 'benefit', 'company', 'legal', 'meta', 'heading'].includes(r as string))).toBe(true);
    expect(analysis.lines.filter((l: { role: string }) => l.role === 'duty').length).toBeGreaterThanOrEqual(analysis.tasks.length);
    expect(analysis.benefits.some((b: { text: string }) => b.text.includes('五险一金'))).toBe(true);
  }, 60_000);

  it.skipIf(!hasShared)('reads the Sonatus page', () => {
    const { code, stdout } = skillshift(['analyze', SONATUS, '--url', 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007']);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis).toMatchObject({ kind: 'posting', posting: { title: 'Senior Staff AI Engineer', company: 'Sonatus' } });
    expect(analysis.tasks.length).toBeGreaterThan(10);
    for (const task of analysis.tasks) expect(['automatable', 'augmentable', 'human-led']).toContain(task.label);
    for (const task of analysis.tasks) expect(task.confidence).toBeGreaterThanOrEqual(0);
    expect(analysis.requirements.length).toBeGreaterThan(10);
    expect(analysis.requirements.some((r: { skills: string[] }) => r.skills.includes('python'))).toBe(true);
    expect(analysis.exposure.counts).toBeDefined();
  }, 60_000);

  it('exits 2 with a clear message when the file cannot be read', () => {
    const { code, stdout, stderr } = skillshift(['analyze', 'tests/fixtures/tasks/no-such-page.html', '--url', 'https://example.com/']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/no-such-page\.html: cannot read it \(ENOENT\)/);
  }, 60_000);
});

describe('skillshift usage', () => {
  it('prints help with --help and exits 2 on an unknown command', () => {
    const help = skillshift(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: skillshift/);
    const unknown = skillshift(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command: frobnicate[\s\S]*Usage: skillshift/);
  }, 60_000);
});

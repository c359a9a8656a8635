// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanel, type Explain, type SidePanelData } from '../../components/SidePanel';
import { fakeAnalysis, unreadableAnalysis } from '../fixtures/analysis';
import { tEn } from '../fixtures/translate';

const explain: Explain = {
  reason: (id, lang) => ({ 'auto.report': { en: 'Routine reporting', zh_CN: '例行报告' }, 'aug.analysis': { en: 'AI drafts, you judge', zh_CN: 'AI 起草' } })[id]?.[lang],
  tip: (id, lang) => (id === 'aug.analysis' ? { en: 'Learn prompt-driven analysis', zh_CN: '学习' }[lang] : undefined),
  formula: 'score = mean(task exposure)',
};

function show(data: Partial<SidePanelData>, openUrl = vi.fn()) {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <SidePanel data={{ status: 'ready', analysis: null, history: [], lang: 'en', ...data }} actions={{ openUrl }} t={tEn} explain={explain} />,
    root,
  );
  return root;
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('SidePanel', () => {
  it('groups duties by label with the first rule reason and the tip for augmentable ones; those it cannot tell apart', () => {
    const root = show({ analysis: fakeAnalysis() });
    expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe('Data Analyst');
    const tasks = [...root.querySelectorAll('li[data-testid="task"]')];
    expect(tasks.map((li) => li.getAttribute('data-label'))).toEqual(['automatable', 'automatable', 'augmentable', 'human-led', 'augmentable']);
    expect(root.querySelector('[data-group="unclear"] h2')?.textContent).toBe("SkillShift can't tell (1)");
    expect(root.querySelector('[data-group="unclear"] li')?.textContent).toContain('Handle the usual odds and ends');
    expect(root.querySelector('[data-group="augmentable"]')?.textContent).not.toContain('Handle the usual odds and ends');
    expect(root.querySelector('[data-testid="posting-unclear"]')?.textContent).toBe("1 of 5 duties SkillShift can't tell are left out of this figure.");
    expect(tasks[2]?.querySelector('.task__confidence')?.textContent).toBe(' (low confidence)');
    expect(root.querySelector('[data-testid="requirements"]')?.textContent).toContain('3+ years of experience with SQL');
    expect(root.querySelector('[data-testid="benefits"]')?.textContent).toContain('Pay: $30/hr');
    expect(root.querySelector('[data-group="automatable"]')?.textContent).not.toContain('3+ years');
    const [report, , dashboards, negotiate] = tasks;
    expect(report?.textContent).toContain('Routine reporting');
    expect(dashboards?.textContent).toContain('AI drafts, you judge');
    expect(dashboards?.querySelector('.task__tip')?.textContent).toBe('Tip: Learn prompt-driven analysis');
    expect(negotiate?.querySelector('.task__reason')).toBeNull();
    expect(root.querySelector('[data-group="automatable"] h2')?.textContent).toBe('Automatable (2)');
    expect(root.textContent).toContain('Posting AI exposure: 60%');
    expect(root.querySelector('[data-testid="exposure-formula"]')?.textContent).toContain('score = mean(task exposure)');
  });

  it("lists the words behind the lexicon's reason, and only behind that reason", () => {
    const lexiconExplain: Explain = { ...explain, reason: (id) => (id === 'lexicon-exposed' ? 'Its wording (the words listed) is typical' : 'Routine reporting') };
    const base = fakeAnalysis().tasks[0]!;
    const tasks = [
      { ...base, rules: ['lexicon-exposed'], terms: ['prepare financial reports', 'invoices'] },
      { ...base, rules: ['auto.report', 'lexicon-exposed'], terms: ['weekly'] },
    ];
    const root = document.createElement('div');
    document.body.append(root);
    render(<SidePanel data={{ status: 'ready', analysis: fakeAnalysis({ tasks }), history: [], lang: 'en' }} actions={{ openUrl: vi.fn() }} t={tEn} explain={lexiconExplain} />, root);
    const reasons = [...root.querySelectorAll('.task__reason')].map((p) => p.textContent);
    expect(reasons).toEqual(['Its wording (the words listed) is typical: “prepare financial reports”, “invoices”', 'Routine reporting']);
  });

  it('shows the reason in the UI language', () => {
    const root = show({ analysis: fakeAnalysis(), lang: 'zh_CN' });
    expect(root.textContent).toContain('例行报告');
  });

  it('says when the posting could not be read, without a score', () => {
    const root = show({ analysis: unreadableAnalysis() });
    expect(root.querySelector('[data-testid="unreadable"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="task"]')).toBeNull();
    expect(root.textContent).not.toMatch(/\d+%/);
  });

  it('shows a posting that lists no duty with its title and what it asks for, and no figure', () => {
    const root = show({ analysis: fakeAnalysis({ tasks: [], exposure: null }) });
    expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe(fakeAnalysis().posting?.title);
    expect(root.querySelector('[data-testid="no-duties"]')?.textContent).toMatch(/no duties/);
    expect(root.querySelector('[data-testid="requirements"]')?.textContent).toContain('3+ years of experience with SQL');
    expect(root.querySelector('[data-testid="unreadable"]')).toBeNull();
    expect(root.textContent).not.toMatch(/\d+%/);
  });

  it('lists history and opens an entry through the action', () => {
    const openUrl = vi.fn();
    const item = { url: 'https://boards.greenhouse.io/a/jobs/1', analysedAt: 1, title: 'Analyst', company: 'Acme', exposure: 0.4, label: 'augmentable' as const };
    const root = show({ history: [item] }, openUrl);
    const entries = root.querySelectorAll('[data-testid="history-item"]');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.textContent).toContain('Analyst · Acme · 40%');
    entries[0]?.querySelector('a')?.click();
    expect(openUrl).toHaveBeenCalledWith(item.url);
  });
});

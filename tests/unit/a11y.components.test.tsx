// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { LearningList } from '../../components/LearningList';
import { ProfileData } from '../../components/ProfileData';
import { RuleEditor } from '../../components/RuleEditor';
import { nextTab } from '../../components/ViewTabs';
import { PanelApp } from '../../entrypoints/sidepanel/app';
import type { PanelConnector } from '../../entrypoints/sidepanel/connector';
import { RULES } from '../../engine/rules/packs';
import type { LearningItem } from '../../messaging/protocol';
import { fakeAnalysis } from '../fixtures/analysis';
import { memoryProfileConnector, NO_PAGE_TOOLS } from '../fixtures/panel-connector';
import { tEn } from '../fixtures/translate';

const explain = { reason: () => undefined, tip: () => undefined, formula: 'f' };
const connector: PanelConnector = {
  currentTabId: async () => 1,
  getTabAnalysis: async () => fakeAnalysis(),
  listHistory: async () => ({ items: [], more: false }),
  ...NO_PAGE_TOOLS,
  ...memoryProfileConnector(),
  openUrl: vi.fn(),
  onChange: () => () => {},
};

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('Posting / Profile tabs (WAI-ARIA tabs pattern)', () => {
  it('arrow keys wrap, Home and End jump, other keys do nothing', () => {
    const views = ['posting', 'profile'] as const;
    expect(nextTab(views, 'posting', 'ArrowRight')).toBe('profile');
    expect(nextTab(views, 'profile', 'ArrowRight')).toBe('posting');
    expect(nextTab(views, 'posting', 'ArrowLeft')).toBe('profile');
    expect(nextTab(views, 'profile', 'Home')).toBe('posting');
    expect(nextTab(views, 'posting', 'End')).toBe('profile');
    expect(nextTab(views, 'posting', 'a')).toBeNull();
  });

  it('a nav landmark holds the tablist; arrows move selection and focus; one Tab stop; the panel is labelled by its tab', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="posting-title"]')).not.toBeNull());
    const list = root.querySelector('nav [role="tablist"]')!;
    expect(list).not.toBeNull();
    const tab = (v: string) => root.querySelector<HTMLElement>(`[data-testid="view-${v}"]`)!;
    expect([tab('posting').tabIndex, tab('profile').tabIndex]).toEqual([0, -1]);
    const panel = root.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('posting').id);
    expect(tab('posting').getAttribute('aria-controls')).toBe(panel.id);

    tab('posting').focus();
    key(tab('posting'), 'ArrowRight');
    await vi.waitFor(() => expect(tab('profile').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('profile'));
    expect([tab('posting').tabIndex, tab('profile').tabIndex]).toEqual([-1, 0]);
    expect(root.querySelector('[role="tabpanel"]')!.getAttribute('aria-labelledby')).toBe(tab('profile').id);
    key(tab('profile'), 'Home');
    await vi.waitFor(() => expect(tab('posting').getAttribute('aria-selected')).toBe('true'));
    expect(document.activeElement).toBe(tab('posting'));
    render(null, root);
    root.remove();
  });
});

describe('controls say what they act on', () => {
  it('learning list: "Mark … as done" and "Remove …" name the course', () => {
    const root = document.createElement('div');
    const item: LearningItem = { courseId: 'c1', title: 'SQL for analysts', url: 'https://example.org/c1', provider: 'P', skillId: 'sql', language: 'en', free: true, added: 1, doneAt: null };
    render(<LearningList items={[item]} lang="en" t={tEn} onDone={() => {}} onRemove={() => {}} />, root);
    const labels = [...root.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(labels).toEqual(['Mark “SQL for analysts” as done', 'Remove “SQL for analysts”']);
  });

  it('options: each rule\'s switch and slider are named after the rule; no live region per rule', () => {
    const root = document.createElement('div');
    const rules = RULES.slice(5, 8);
    const actions = { setQuery() {}, setEnabled() {}, setWeight() {}, remove() {} };
    render(<RuleEditor groups={[{ id: 'en', rules }]} user={{ disabled: [], weights: {}, added: [] }} query="" lang="en" t={tEn} actions={actions} />, root);
    const names = [...root.querySelectorAll('input[type="checkbox"]')].map((c) => c.getAttribute('aria-label'));
    expect(names).toEqual(rules.map((r) => `Use rule: ${r.name.en}`));
    // The visible label is the rule's name, inside the accessible one.
    expect([...root.querySelectorAll('.rule__toggle')].map((l) => l.textContent)).toEqual(rules.map((r) => r.name.en));
    const sliders = [...root.querySelectorAll('input[type="range"]')];
    expect(sliders.map((s) => s.getAttribute('aria-label'))).toEqual(rules.map((r) => `Weight of rule: ${r.name.en}`));
    expect(sliders[0]!.getAttribute('aria-valuetext')).toBe('1.0×');
    expect(root.querySelectorAll('output, [role="status"], [aria-live]')).toHaveLength(0);
  });

  it('the delete confirmation is an alertdialog named by its question', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<ProfileData t={tEn} onExport={() => {}} onImport={async () => null} onDelete={async () => {}} />, root);
    root.querySelector<HTMLButtonElement>('[data-testid="delete-data"]')!.click();
    return vi.waitFor(() => {
      const dialog = root.querySelector('[role="alertdialog"]')!;
      const name = document.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
      expect(name).toBe(tEn('deleteConfirm'));
      root.remove();
    });
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../entrypoints/sidepanel/app';
import { pinnedTabId, type PanelConnector } from '../../entrypoints/sidepanel/connector';
import type { Analysis } from '../../engine/types';
import { fakeAnalysis, unreadableAnalysis } from '../fixtures/analysis';
import { tEn } from '../fixtures/translate';
import { memoryProfileConnector, NO_PAGE_TOOLS } from '../fixtures/panel-connector';
import { ReplyError } from '../../messaging/client';
import { DEFAULT_PROFILE } from '../../schemas/records';

const explain = { reason: () => undefined, tip: () => undefined, formula: 'f' };

function fakeConnector(byTab: Record<number, Analysis>) {
  let current = 1;
  let changed: () => void = () => {};
  const connector: PanelConnector = {
    currentTabId: async () => current,
    getTabAnalysis: async (tabId) => byTab[tabId] ?? null,
    listHistory: async () => ({ items: [], more: false }),
    ...NO_PAGE_TOOLS,
    ...memoryProfileConnector(),
    openUrl: vi.fn(),
    onChange: (cb) => ((changed = cb), () => {}),
  };
  return { connector, switchTo: (tabId: number) => ((current = tabId), changed()) };
}

describe('side panel app', () => {
  it('shows the current tab and follows a change of tab', async () => {
    const { connector, switchTo } = fakeConnector({ 1: fakeAnalysis(), 2: unreadableAnalysis() });
    const root = document.createElement('div');
    render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe('Data Analyst'));
    switchTo(2);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="unreadable"]')).not.toBeNull());
  });

  it('reads ?tab=<id> from the page URL', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=x')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });

  it('with storage unavailable, still shows the analysis it has and says plainly why there is no history or profile', async () => {
    const { connector } = fakeConnector({ 1: fakeAnalysis() });
    const refuse = async (): Promise<never> => Promise.reject(new ReplyError('storage unavailable: UnknownError Internal error opening backing store', 'storage-unavailable'));
    Object.assign(connector, { listHistory: refuse, getProfile: refuse, getLearningList: refuse, getStorageStatus: async () => ({ history: null, fault: 'unavailable', sync: { state: 'off', lastSynced: null, bytes: 0, limit: 100_000 } }) });
    const root = document.createElement('div');
    render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe('Data Analyst'));
    expect(root.querySelector('[data-testid="storage-fault"]')?.getAttribute('data-fault')).toBe('unavailable');
    expect(root.textContent).not.toContain('backing store');
    root.querySelector<HTMLButtonElement>('[data-testid="view-profile"]')?.click();
    await vi.waitFor(() => expect(root.querySelector('[data-testid="storage-fault"]')?.textContent).toContain("can't use its storage"));
    expect(root.querySelector('[data-testid="profile-panel"]')).toBeNull();
  });

  it('with storage full, a skill that was not saved is not shown as if it were', async () => {
    const { connector } = fakeConnector({ 1: fakeAnalysis() });
    connector.saveProfile = async () => Promise.reject(new ReplyError('storage full: QuotaExceededError', 'storage-full'));
    const root = document.createElement('div');
    render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" initialView="profile" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="skill-search"]')).not.toBeNull());
    const search = root.querySelector<HTMLInputElement>('[data-testid="skill-search"]')!;
    search.value = 'SQL';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.waitFor(() => root.querySelector<HTMLButtonElement>('[data-testid="skill-suggestion"]')!.click());
    await vi.waitFor(() => expect(root.querySelector('[data-testid="storage-fault"]')?.getAttribute('data-fault')).toBe('full'));
    expect(root.querySelectorAll('[data-testid="profile-skill"]')).toHaveLength(DEFAULT_PROFILE.skills.length);
  });

  it('loads history a page at a time and says how much it keeps and how much it dropped', async () => {
    const { connector } = fakeConnector({});
    const item = (i: number) => ({ url: `https://example.com/${i}`, analysedAt: 100 - i, title: `Job ${i}`, company: null, exposure: 0.5, label: 'augmentable' as const });
    connector.listHistory = async (before) => (before === undefined ? { items: [item(0), item(1)], more: true } : { items: [item(2)], more: false });
    connector.getStorageStatus = async () => ({ history: { postings: 3, bytes: 3_000, dropped: 4, maxPostings: 200, maxBytes: 4 * 1024 * 1024 }, fault: null, sync: { state: 'off', lastSynced: null, bytes: 0, limit: 100_000 } });
    const root = document.createElement('div');
    render(<PanelApp connector={connector} translate={() => tEn} explain={explain} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="history-item"]')).toHaveLength(2));
    expect(root.querySelector('[data-testid="history-note"]')?.textContent).toBe('SkillShift keeps your last 200 postings (up to 4 MB); older ones are removed. 4 older postings were removed to stay within that.');
    root.querySelector<HTMLButtonElement>('[data-testid="history-more"]')!.click();
    await vi.waitFor(() => expect(root.querySelectorAll('[data-testid="history-item"]')).toHaveLength(3));
    expect(root.querySelector('[data-testid="history-more"]')).toBeNull();
  });
});

// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { PanelApp } from '../../entrypoints/sidepanel/app';
import { pinnedTabId, type PanelConnector } from '../../entrypoints/sidepanel/connector';
import type { Analysis } from '../../engine/types';
import { fakeAnalysis, unreadableAnalysis } from '../fixtures/analysis';
import { tEn } from '../fixtures/translate';
import { memoryProfileConnector, NO_PAGE_TOOLS } from '../fixtures/panel-connector';

const explain = { reason: () => undefined, tip: () => undefined, formula: 'f' };

function fakeConnector(byTab: Record<number, Analysis>) {
  let current = 1;
  let changed: () => void = () => {};
  const connector: PanelConnector = {
    currentTabId: async () => current,
    getTabAnalysis: async (tabId) => byTab[tabId] ?? null,
    listHistory: async () => [],
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
    render(<PanelApp connector={connector} t={tEn} explain={explain} uiLocale="en" />, root);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="posting-title"]')?.textContent).toBe('Data Analyst'));
    switchTo(2);
    await vi.waitFor(() => expect(root.querySelector('[data-testid="unreadable"]')).not.toBeNull());
  });

  it('reads ?tab=<id> from the page URL', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=x')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });
});

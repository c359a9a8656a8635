import { browser } from 'wxt/browser';
import type { Analysis } from '../../engine/types';
import { send } from '../../messaging/client';
import { peerListener } from '../../messaging/handler';
import type { Result } from '../../messaging/protocol';
import type { HistoryItem, Profile } from '../../storage/schemas';

/** What the side panel needs from the outside world; a fake one stands in for tests. */
export interface PanelConnector {
  /** The tab to show: `?tab=<id>` when given, else the active tab of this window. */
  currentTabId(): Promise<number | null>;
  getTabAnalysis(tabId: number): Promise<Analysis | null>;
  listHistory(): Promise<HistoryItem[]>;
  getProfile(): Promise<Profile>;
  openUrl(url: string): void;
  /** Calls back when the shown tab or its analysis may have changed; returns an unsubscribe. */
  onChange(callback: () => void): () => void;
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.error);
  return result.data;
}

export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  return raw !== null && /^\d+$/.test(raw) ? Number(raw) : null;
}

export function browserConnector(search: string): PanelConnector {
  const pinned = pinnedTabId(search);
  return {
    async currentTabId() {
      if (pinned !== null) return pinned;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id ?? null;
    },
    getTabAnalysis: async (tabId) => unwrap(await send({ type: 'ui:getTabAnalysis', tabId })).analysis,
    listHistory: async () => unwrap(await send({ type: 'ui:listHistory', limit: 50 })).items,
    getProfile: async () => unwrap(await send({ type: 'ui:getProfile' })).profile,
    openUrl: (url) => void browser.tabs.create({ url }),
    onChange(callback) {
      const onActivated = () => pinned === null && callback();
      const onUpdated = (_: number, change: { status?: string }) => change.status === 'complete' && callback();
      const onMessage = peerListener({ 'bg:tabAnalysisChanged': () => (callback(), {}) }, browser.runtime.id);
      browser.tabs.onActivated.addListener(onActivated);
      browser.tabs.onUpdated.addListener(onUpdated);
      browser.runtime.onMessage.addListener(onMessage);
      return () => {
        browser.tabs.onActivated.removeListener(onActivated);
        browser.tabs.onUpdated.removeListener(onUpdated);
        browser.runtime.onMessage.removeListener(onMessage);
      };
    },
  };
}

import { browser } from 'wxt/browser';
import type { PageOutline } from '../../engine/outline';
import type { Analysis } from '../../engine/types';
import { send, unwrap } from '../../messaging/client';
import { peerListener } from '../../messaging/handler';
import type { Result } from '../../messaging/protocol';
import type { HistoryPage } from '../../storage/analyses';
import type { LearningItem, Profile, StorageStatus } from '../../schemas/records';

/** What the side panel needs from the outside world; a fake one stands in for tests. */
export interface PanelConnector {
  /** The tab to show: `?tab=<id>` when given, else the active tab of this window. */
  currentTabId(): Promise<number | null>;
  getTabAnalysis(tabId: number): Promise<Analysis | null>;
  /** The posting region's outline, from the tab's content script (null when the tab has none). */
  getPageOutline(tabId: number): Promise<PageOutline | null>;
  /** The extension's version, for reports. */
  version(): string;
  /** A page of history, newest first, older than `before` (an analysedAt) when given. */
  listHistory(before?: number): Promise<HistoryPage>;
  /** How much history keeps, and what is wrong with storage if anything is. */
  getStorageStatus(): Promise<StorageStatus>;
  getProfile(): Promise<Profile>;
  saveProfile(profile: Profile): Promise<Profile>;
  /** The profile saved from an exported file, or what is wrong with the file (then nothing changed). */
  importProfile(text: string): Promise<Result<Profile>>;
  getLearningList(): Promise<LearningItem[]>;
  saveLearningItem(item: LearningItem): Promise<LearningItem[]>;
  removeLearningItem(courseId: string): Promise<LearningItem[]>;
  markCourseDone(courseId: string): Promise<{ items: LearningItem[]; profile: Profile }>;
  deleteMyData(): Promise<void>;
  /** Saves a file through the browser's downloads (an <a download> on a blob URL made in this page). */
  download(fileName: string, text: string): void;
  openUrl(url: string): void;
  /** Calls back when the shown tab or its analysis may have changed; returns an unsubscribe. */
  onChange(callback: () => void): () => void;
}

function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // The download may start after click() returns: give it time before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The panel loads history this many postings at a time, so it opens quickly however long history is. */
export const HISTORY_PAGE = 20;

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
    getPageOutline: async (tabId) => unwrap(await send({ type: 'ui:getPageOutline', tabId })).outline,
    version: () => browser.runtime.getManifest().version,
    listHistory: async (before) => unwrap(await send({ type: 'ui:listHistory', limit: HISTORY_PAGE, ...(before === undefined ? {} : { before }) })),
    getStorageStatus: async () => unwrap(await send({ type: 'ui:getStorageStatus' })),
    getProfile: async () => unwrap(await send({ type: 'ui:getProfile' })).profile,
    saveProfile: async (profile) => unwrap(await send({ type: 'ui:saveProfile', profile })).profile,
    async importProfile(text) {
      const result = await send({ type: 'ui:importProfile', text });
      return result.ok ? { ok: true, data: result.data.profile } : result;
    },
    getLearningList: async () => unwrap(await send({ type: 'ui:getLearningList' })).items,
    saveLearningItem: async (item) => unwrap(await send({ type: 'ui:saveLearningItem', item })).items,
    removeLearningItem: async (courseId) => unwrap(await send({ type: 'ui:removeLearningItem', courseId })).items,
    markCourseDone: async (courseId) => unwrap(await send({ type: 'ui:markCourseDone', courseId })),
    deleteMyData: async () => void unwrap(await send({ type: 'ui:deleteMyData' })),
    download: downloadText,
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

import { browser, type Browser } from 'wxt/browser';
import { broadcast } from '../../messaging/client';
import type { AfterAnswer } from './after-answer';
import type { TabState } from './tab-state';
import { setToolbarBadge } from './toolbar-badge';

/** Whether a tab update means the page the analysis was made on is gone. */
export function leftAnalysedPage(change: Browser.tabs.OnUpdatedInfo, analysedUrl: string): boolean {
  // Without host access Chrome hides `url`; a new load is then the only sign. Boards re-send on arrival.
  if (change.url === undefined) return change.status === 'loading';
  return change.url !== analysedUrl;
}

/**
 * Forget a tab's analysis when it closes or leaves the analysed page: in turn with the records being kept (`after`), so
 * a record still being written when the tab closes is not left behind.
 */
export function setupTabEvents(tabs: TabState, after: AfterAnswer): void {
  browser.tabs.onRemoved.addListener((tabId) => after.run(`forgetting closed tab ${tabId}`, () => tabs.delete(tabId)));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url === undefined && change.status === undefined) return;
    after.run(`forgetting tab ${tabId}'s page`, async () => {
      const current = await tabs.get(tabId);
      if (!current || !leftAnalysedPage(change, current.url)) return;
      await tabs.delete(tabId);
      await setToolbarBadge(tabId, null);
      await broadcast({ type: 'bg:tabAnalysisChanged', tabId });
    });
  });
}

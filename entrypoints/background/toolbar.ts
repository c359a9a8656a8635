import { browser, type Browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';
import { openPanel } from './open-panel';
import { action } from './toolbar-badge';

// Built by WXT from entrypoints/ondemand.content.ts (registration: 'runtime').
export const ONDEMAND_SCRIPT = '/content-scripts/ondemand.js';

/** Re-run the page's content script, or inject the on-demand one (activeTab grants this tab). */
export async function analyseTab(tabId: number): Promise<void> {
  const rerun = await sendToTab(tabId, { type: 'bg:analyze' });
  if (rerun.ok) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [ONDEMAND_SCRIPT] });
}

export function onToolbarClick(tab: Browser.tabs.Tab): void {
  if (tab.id === undefined) return;
  void openPanel(tab.id);
  void analyseTab(tab.id).catch(() => undefined);
}

export function setupToolbar(): void {
  action().onClicked.addListener(onToolbarClick);
}

import { browser } from 'wxt/browser';
import { sendToTab } from '../../messaging/client';

/** Ask every tab's content script to analyse again (after the user's rules changed); tabs without one don't answer. */
export async function reanalyseAllTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, { type: 'bg:analyze' }))));
}

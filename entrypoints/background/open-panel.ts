import { browser } from 'wxt/browser';
import { extensionUrl } from '../shared/extension-api';

export type Opened = 'sidePanel' | 'sidebar' | 'tab';

interface SidebarAction {
  open(): Promise<void>;
}
// Firefox only; not in the Chrome-based types.
const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

export const panelUrl = (tabId: number): string => `${extensionUrl('/sidepanel.html')}?tab=${tabId}`;

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) for `tabId`. Both need a user gesture, so this
 * must be called before any `await` in the click handler; when refused, the panel opens as a tab.
 */
export function openPanel(tabId: number): Promise<Opened> {
  let attempt: Promise<Opened>;
  try {
    const sidebar = sidebarAction();
    if (browser.sidePanel?.open) attempt = browser.sidePanel.open({ tabId }).then(() => 'sidePanel' as const);
    else if (sidebar) attempt = sidebar.open().then(() => 'sidebar' as const);
    else attempt = Promise.reject(new Error('no side panel'));
  } catch (e) {
    attempt = Promise.reject(e);
  }
  return attempt.catch(async () => {
    await browser.tabs.create({ url: panelUrl(tabId) });
    return 'tab' as const;
  });
}

import { browser } from 'wxt/browser';
import { extensionUrl } from '../shared/extension-api';

export type Opened = 'sidePanel' | 'sidebar' | 'tab';

interface SidebarAction {
  open(): Promise<void>;
}
// Firefox only; not in the Chrome-based types.
const sidebarAction = (): SidebarAction | undefined => (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;

export const panelUrl = (tabId: number): string => `${extensionUrl('/sidepanel.html')}?tab=${tabId}`;

/** The panel tab already open for `tabId`, brought forward; false when there is none. */
async function focusPanelTab(tabId: number): Promise<boolean> {
  const url = panelUrl(tabId);
  const open = (await browser.tabs.query({})).find((tab) => tab.url === url && tab.id !== undefined);
  if (!open) return false;
  await browser.tabs.update(open.id, { active: true });
  if (open.windowId !== undefined) await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
  return true;
}

// Opens in flight, by page tab: clicks arriving before the first panel tab exists don't open more.
const opening = new Map<number, Promise<Opened>>();

/**
 * Opens the side panel (Chrome) or sidebar (Firefox) for `tabId`. Both need a user gesture, so this
 * must be called before any `await` in the click handler; when refused, the panel opens as a tab, one
 * per page tab at most: another click brings that tab forward.
 */
export function openPanel(tabId: number): Promise<Opened> {
  const pending = opening.get(tabId);
  if (pending) return pending;
  const done = openOnce(tabId).finally(() => opening.delete(tabId));
  opening.set(tabId, done);
  return done;
}

function openOnce(tabId: number): Promise<Opened> {
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
    if (!(await focusPanelTab(tabId))) await browser.tabs.create({ url: panelUrl(tabId) });
    return 'tab' as const;
  });
}

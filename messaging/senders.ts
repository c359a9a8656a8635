import type { Browser } from 'wxt/browser';
import type { MessageType } from './protocol';

export type Sender = Browser.runtime.MessageSender;

const startsWith = (url: string | undefined, origin: string): boolean => url !== undefined && url.startsWith(origin);

/** Why `sender` may not send `type` to the background, or null when it may. `origin` is runtime.getURL('/'). */
export function senderProblem(type: MessageType, sender: Sender, origin: string): string | null {
  if (type.startsWith('content:')) {
    return sender.tab?.id !== undefined && !startsWith(sender.url, origin) ? null : `${type} must come from a tab's content script`;
  }
  if (type.startsWith('ui:')) {
    // Our page may also be open as a tab (sidepanel.html?tab=…); a web page's tab never has our URL.
    const ownPage = startsWith(sender.url, origin);
    const tabIsOurs = !sender.tab || sender.tab.url === undefined || startsWith(sender.tab.url, origin);
    return ownPage && tabIsOurs ? null : `${type} must come from the extension's own pages`;
  }
  return `${type} is sent by the background only`;
}

import type { OfflineWeb, ServedPage } from './offline';
import type { PiercedBadge } from './pierce';
import type { Sinkhole } from './sinkhole';

/** A tab, driven the same way in both browsers. Expressions are strings: they run in the page. */
export interface E2EPage {
  readonly url: string;
  /** The browser's tab id (as tabs.query gives it); null for the extension's own pages. */
  readonly tabId: number | null;
  evaluate<T>(expression: string): Promise<T>;
  waitFor(expression: string, timeoutMs?: number): Promise<void>;
  /** Our badges, read through the browser's automation into their closed shadow roots (where the page can't). */
  badges(): Promise<PiercedBadge[]>;
  /** A person's click (a trusted event) at a point of the viewport. */
  click(x: number, y: number): Promise<void>;
  /** Sizes the viewport, as a window of that size would show the page. */
  resize(width: number, height: number): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface E2EBrowser {
  readonly name: 'chromium' | 'firefox';
  readonly web: OfflineWeb;
  /** Opens a page at its real URL (served from a saved file by interception). */
  open(url: string): Promise<E2EPage>;
  /** Opens a page of the extension as a tab, e.g. `sidepanel.html?tab=3`. */
  openExtensionPage(path: string): Promise<E2EPage>;
  /** Closes the browser and starts it again on the same profile, with the extension loaded. */
  restart(): Promise<void>;
  /**
   * Stops the extension's background as the browser does when it is idle (an MV3 service worker after ~30 s) and
   * resolves once it is gone; null where the browser keeps it running (Firefox's MV2 background page is persistent).
   */
  stopBackground(): Promise<'stopped' | null>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension, e.g. .output/chrome-mv3. */
  extensionDir: string;
  /** Browser profile folder; kept across restart(). */
  profileDir: string;
  pages: ServedPage[];
  /** Every request that gets past interception is sent here instead of the network. */
  sinkhole: Sinkhole;
  /**
   * The browser answers yes when the extension asks for an optional permission (permissions.request in a click), as a
   * person would in the browser's own prompt, which automation can't reach. Off: requests wait on the prompt.
   */
  acceptPermissionPrompts?: boolean;
}

export type Launcher = (options: LaunchOptions) => Promise<E2EBrowser>;

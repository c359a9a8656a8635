import type { PiercedBadge } from './pierce';
import type { E2EPage } from './session';

/**
 * Ids of the open tabs that are not the extension's own pages. The built extension has no `tabs`
 * permission, so other tabs' URLs are hidden from it: a new tab is found as the id that appears.
 */
const OTHER_TAB_IDS = `(globalThis.browser ?? globalThis.chrome).tabs.query({})
  .then((tabs) => tabs.filter((t) => !(t.url ?? '').startsWith(location.origin)).map((t) => t.id))`;

export async function newTabId(control: E2EPage, openTab: () => Promise<void>): Promise<number> {
  const before = await control.evaluate<number[]>(OTHER_TAB_IDS);
  await openTab();
  const after = await control.evaluate<number[]>(OTHER_TAB_IDS);
  const added = after.filter((id) => !before.includes(id));
  if (added.length !== 1) throw new Error(`expected one new tab, found ${JSON.stringify(added)}`);
  return added[0] as number;
}

/** Polls an expression with plain evaluation: extension pages forbid the eval that built-in waits use. */
export async function pollUntil(evaluate: () => Promise<unknown>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      last = await evaluate();
      if (last) return;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${String(last)})`);
}

/** The one page interface both drivers' pages (Playwright's and Puppeteer's) are used through. */
export interface DriverPage {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

/** What only the driver can do: read closed shadow roots, click as a person, size the viewport, take a picture. */
export interface DriverPowers {
  badges(): Promise<PiercedBadge[]>;
  click(x: number, y: number): Promise<void>;
  resize(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export function wrapPage(page: DriverPage, tabId: number | null, powers: DriverPowers): E2EPage {
  const evaluate = <T>(expression: string) => page.evaluate(expression) as Promise<T>;
  return {
    get url() {
      return page.url();
    },
    tabId,
    evaluate,
    waitFor: (expression, timeoutMs = 15_000) => pollUntil(() => evaluate(expression), expression, timeoutMs),
    badges: () => powers.badges(),
    click: (x, y) => powers.click(x, y),
    resize: (width, height) => powers.resize(width, height),
    screenshot: (path) => powers.screenshot(path),
    close: () => page.close(),
  };
}

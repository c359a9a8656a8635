import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Request } from 'playwright-core';
import { OfflineWeb } from './offline';
import type { E2EBrowser, E2EPage, Launcher, LaunchOptions } from './session';
import { pierceWithCdp } from './pierce';
import { newTabId, wrapPage, type DriverPowers } from './tabs';

// Debian's /usr/bin/chromium is a wrapper script that adds its own --load-extension, Google API keys and
// --enable-remote-extensions: run the binary it wraps, so only our flags apply.
export const CHROMIUM_PATH = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

function madeByExtension(request: Request): boolean {
  if (request.serviceWorker()) return true;
  try {
    return request.frame().url().startsWith('chrome-extension://');
  } catch {
    return false;
  }
}

interface Running {
  context: BrowserContext;
  origin: string;
  control: E2EPage | null;
}

// Preconnects (to hosts seen before) would open connections that no interceptor sees.
function seedProfile(profileDir: string): void {
  const preferences = join(profileDir, 'Default', 'Preferences');
  if (existsSync(preferences)) return;
  mkdirSync(join(profileDir, 'Default'), { recursive: true });
  writeFileSync(preferences, JSON.stringify({ net: { network_prediction_options: 2 } }));
}

function powers(page: Page): DriverPowers {
  return {
    async badges() {
      const cdp = await page.context().newCDPSession(page);
      try {
        return await pierceWithCdp(cdp as unknown as Parameters<typeof pierceWithCdp>[0]);
      } finally {
        await cdp.detach();
      }
    },
    click: (x, y) => page.mouse.click(x, y),
    resize: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
  };
}

async function start(options: LaunchOptions, web: OfflineWeb, firstStart = true): Promise<Running> {
  const dir = options.extensionDir;
  seedProfile(options.profileDir);
  const context = await chromium.launchPersistentContext(options.profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      `--proxy-server=http://127.0.0.1:${options.sinkhole.port}`,
      '--proxy-bypass-list=<-loopback>',
    ],
  });
  context.on('request', (request) => {
    if (madeByExtension(request)) web.onExtensionRequest(request.url());
  });
  context.on('requestfinished', (request) => web.onDelivered(request.url()));
  // Only the web: routing the extension's own chrome-extension:// files would block them.
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', async (route) => {
    const reply = web.reply(route.request().url());
    if (reply === 'abort') await route.abort('blockedbyclient');
    else await route.fulfill({ status: 200, body: reply.body, contentType: reply.contentType });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  if (firstStart) await closeWelcome(context);
  if (firstStart && options.acceptPermissionPrompts) await grantAllSitesAhead(context, id);
  return { context, origin: `chrome-extension://${id}`, control: null };
}

/**
 * Chromium has no switch that answers its permission dialog, and automation can't reach it. What a person can do
 * instead, on chrome://extensions, is add all sites to the extension's site access (developerPrivate.addHostPermission,
 * as its page does). That grant stays inactive, since the manifest only makes those hosts optional (permissions.contains
 * stays false, so nothing runs), until the extension asks: then permissions.request, still only in a person's click,
 * grants them without the dialog, the user having granted them already. Kept in the profile across restart().
 */
async function grantAllSitesAhead(context: BrowserContext, id: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const error = await page.evaluate(`new Promise((done) => chrome.developerPrivate.addHostPermission(${JSON.stringify(id)}, '*://*/*',
    () => done(chrome.runtime.lastError?.message ?? null)))`);
  await page.close();
  if (error) throw new Error(`chrome://extensions could not grant all sites: ${String(error)}`);
}

/**
 * A fresh install opens the welcome page (entrypoints/background/first-run.ts): wait for it and close it, so a
 * test's first tab isn't raced by it. Not seeing it is a failure: that page is what a new user gets first.
 */
async function closeWelcome(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the welcome page did not open on install');
}

export const launchChromium: Launcher = async (options) => {
  const web = new OfflineWeb(options.pages);
  let run = await start(options, web);
  const openExtensionPage = async (path: string) => {
    const page = await run.context.newPage();
    await page.goto(`${run.origin}/${path}`);
    return wrapPage(page, null, powers(page));
  };
  const browser: E2EBrowser = {
    name: 'chromium',
    web,
    async open(url) {
      run.control ??= await openExtensionPage('sidepanel.html');
      let page: Page | null = null;
      const tabId = await newTabId(run.control, async () => {
        page = await run.context.newPage();
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      });
      if (!page) throw new Error(`could not open ${url}`);
      return wrapPage(page, tabId, powers(page));
    },
    openExtensionPage,
    async restart() {
      await run.context.close();
      run = await start(options, web, false);
    },
    async stopBackground() {
      // What chrome://serviceworker-internals' "Stop" does: ServiceWorker.stopWorker on our worker's version, then
      // wait until the browser reports it stopped (a message from a page starts it again).
      const page = await run.context.newPage();
      const cdp = await run.context.newCDPSession(page);
      const status = new Map<string, { scriptURL: string; runningStatus: string }>();
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) status.set(v.versionId, v);
      });
      await cdp.send('ServiceWorker.enable');
      const ours = (): [string, { runningStatus: string }] | undefined => [...status].find(([, v]) => v.scriptURL.startsWith(run.origin));
      for (let i = 0; i < 50 && !ours(); i++) await new Promise((done) => setTimeout(done, 100));
      const found = ours();
      if (!found) throw new Error('no service worker of ours to stop');
      // A stop asked while an event is being dispatched can go unheeded on a loaded machine (seen once in a full run):
      // ask again, up to three times, each given 10 s.
      const stoppedNow = (): boolean => ours()?.[1].runningStatus === 'stopped';
      for (let attempt = 0; attempt < 3 && !stoppedNow(); attempt++) {
        await cdp.send('ServiceWorker.stopWorker', { versionId: found[0] });
        for (let i = 0; i < 100 && !stoppedNow(); i++) await new Promise((done) => setTimeout(done, 100));
      }
      const stopped = stoppedNow();
      await cdp.detach();
      await page.close();
      if (!stopped) throw new Error('the service worker did not stop');
      return 'stopped';
    },
    close: () => run.context.close(),
  };
  return browser;
};

import { launch, type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { OfflineWeb } from './offline';
import type { E2EPage, Launcher, LaunchOptions } from './session';
import { pierceWithBidi, type BidiSender } from './pierce';
import { newTabId, pollUntil, wrapPage, type DriverPowers } from './tabs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
export const ADDON_ID = 'skillshift@skillshift.dev';
// Fixed so that extension pages have a known address: moz-extension://<uuid>/sidepanel.html.
export const ADDON_UUID = '5f1e0b2a-8c0d-4c8e-9b57-5a1e2c3d4e5f';
const ORIGIN = `moz-extension://${ADDON_UUID}`;

function prefs(sinkholePort: number, acceptPermissionPrompts: boolean): Record<string, unknown> {
  return {
    // Off: permissions.request (still only in a person's click) grants without its doorhanger (ext-permissions.js).
    'extensions.webextOptionalPermissionPrompts': !acceptPermissionPrompts,
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    // A temporary add-on is uninstalled when the browser closes: keep its data and address for restart().
    'extensions.webextensions.keepStorageOnUninstall': true,
    'extensions.webextensions.keepUuidOnUninstall': true,
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': sinkholePort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': sinkholePort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.failover_direct': false,
    // Remote Settings polls its server in a tight loop when the proxy refuses it.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'network.predictor.enabled': false,
    'network.prefetch-next': false,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
  };
}

async function intercept(page: Page, web: OfflineWeb, isExtensionPage: boolean): Promise<void> {
  await page.setRequestInterception(true);
  page.on('requestfinished', (request: HTTPRequest) => web.onDelivered(request.url()));
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return void request.continue();
    if (isExtensionPage) web.onExtensionRequest(url);
    const reply = web.reply(url);
    if (reply === 'abort') void request.abort('blockedbyclient');
    else void request.respond({ status: 200, body: reply.body, contentType: reply.contentType });
  });
}

function powers(browser: Browser, page: Page): DriverPowers {
  return {
    // Puppeteer's own calls don't ask for closed shadow roots: its BiDi connection and the frame's context id do.
    badges: () => pierceWithBidi((browser as unknown as { connection: BidiSender }).connection, (page.mainFrame() as unknown as { _id: string })._id),
    click: (x, y) => page.mouse.click(x, y),
    resize: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
  };
}

async function start(options: LaunchOptions): Promise<Browser> {
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: options.profileDir,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it.
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: prefs(options.sinkhole.port, options.acceptPermissionPrompts === true),
  });
  await browser.installExtension(options.extensionDir);
  // Installing opens the welcome page (entrypoints/background/first-run.ts): close it, so a test's first tab isn't raced by it.
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 100))) {
    const welcome = (await browser.pages()).find((p) => p.url().endsWith('/welcome.html'));
    if (welcome) {
      await welcome.close();
      break;
    }
  }
  return browser;
}

export const launchFirefox: Launcher = async (options) => {
  const web = new OfflineWeb(options.pages);
  let browser = await start(options);
  let control: E2EPage | null = null;
  const openExtensionPage = async (path: string) => {
    const page = await browser.newPage();
    await intercept(page, web, true);
    const url = `${ORIGIN}/${path}`;
    // BiDi never reports the load of a moz-extension:// page, so goto() would time out: poll instead.
    page.goto(url).catch(() => undefined);
    const loaded = `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`;
    await pollUntil(() => page.evaluate(loaded), url, 15_000);
    return wrapPage(page, null, powers(browser, page));
  };
  return {
    name: 'firefox',
    web,
    async open(url) {
      control ??= await openExtensionPage('sidepanel.html');
      let page: Page | null = null;
      const tabId = await newTabId(control, async () => {
        page = await browser.newPage();
        await intercept(page, web, false);
        await page.goto(url, { waitUntil: 'domcontentloaded' });
      });
      if (!page) throw new Error(`could not open ${url}`);
      return wrapPage(page, tabId, powers(browser, page));
    },
    openExtensionPage,
    async restart() {
      await browser.close();
      control = null;
      browser = await start(options);
    },
    // MV2: the background page lives as long as the browser; nothing stops it.
    stopBackground: async () => null,
    close: () => browser.close(),
  };
};

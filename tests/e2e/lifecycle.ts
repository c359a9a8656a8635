import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ServedPage } from './offline';
import type { E2EBrowser, Launcher, LaunchOptions } from './session';
import { Sinkhole } from './sinkhole';

export interface E2ESession {
  readonly browser: E2EBrowser;
  readonly sinkhole: Sinkhole;
}

/** Launches one browser with the built extension for a suite (fresh profile, sinkhole proxy) and cleans up after it. */
export function launchedFor(
  label: string, launcher: Launcher, extensionDir: string, pages: ServedPage[], extra: Pick<LaunchOptions, 'acceptPermissionPrompts'> = {},
): E2ESession {
  const sinkhole = new Sinkhole();
  const profileDir = mkdtempSync(join(tmpdir(), `skillshift-e2e-${label}-`));
  let browser: E2EBrowser | undefined;

  beforeAll(async () => {
    if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}: run \`npm run build\` first`);
    await sinkhole.start();
    browser = await launcher({ extensionDir, profileDir, pages, sinkhole, ...extra });
  });

  afterAll(async () => {
    await browser?.close();
    await sinkhole.stop();
    rmSync(profileDir, { recursive: true, force: true });
  });

  return {
    get browser(): E2EBrowser {
      if (!browser) throw new Error(`${label}: the browser did not launch`);
      return browser;
    },
    sinkhole,
  };
}

/** The suite's last case: every request was served from a page of ours or aborted, none by the extension, none past interception. */
export function itSentNothingOut(session: E2ESession): void {
  it('nothing left the browser: every request was served from a page of ours or aborted', () => {
    expect(session.browser.web.served().length).toBeGreaterThan(0);
    expect(session.browser.web.escaped()).toEqual([]);
    expect(session.browser.web.extensionRequests).toEqual([]);
    expect(session.sinkhole.unexpected()).toEqual([]);
  });
}

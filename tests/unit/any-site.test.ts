import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { setupAnySite, ANYSITE_SCRIPT } from '../../entrypoints/background/any-site';

// With "any site" granted, the any-site script goes to every page the boards' content script does not read: pages its
// match patterns leave out, and those its exclude patterns take back (a board's recruiter app on its own subdomain).
describe('any-site script', () => {
  let injected: number[];
  beforeEach(() => {
    fakeBrowser.reset();
    injected = [];
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'SkillShift',
      version: '0',
      content_scripts: [{ matches: ['https://*.breezy.hr/*'], exclude_matches: ['https://app.breezy.hr/*'], js: ['content-scripts/jobs.js'] }],
    });
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    (fakeBrowser as unknown as { scripting: object }).scripting = {
      executeScript: vi.fn(({ target, files }: { target: { tabId: number }; files: string[] }) => {
        expect(files).toEqual([ANYSITE_SCRIPT]);
        injected.push(target.tabId);
        return Promise.resolve([]);
      }),
    };
    setupAnySite();
  });

  const load = (tabId: number, url: string) => fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'complete' }, { url } as Browser.tabs.Tab);

  it('goes to an excluded page and to an unknown site, not to a board page', async () => {
    await load(1, 'https://lanternfish.breezy.hr/p/60cec77079df-data-engineer');
    await load(2, 'https://app.breezy.hr/app/c/lanternfish/positions');
    await load(3, 'https://example.com/careers/1');
    await vi.waitFor(() => expect(injected.sort()).toEqual([2, 3]));
  });
});

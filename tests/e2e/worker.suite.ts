import { describe, expect, it } from 'vitest';
import { ownCases, servedPages } from './cases';
import { appendCards, allCardsBadged, waitForCardSource } from './listing-reads';
import { ownListing } from './listing-cases';
import { BADGE_SETTLED, readBadge, type BadgeState } from './page-reads';
import type { Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';

/**
 * The background may be stopped at any time (Chrome stops an idle MV3 service worker after ~30 s): nothing is
 * lost, the next message from a page wakes it and is answered.
 */
export function describeWorkerSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: the background stopped between pages and between scrolls`, () => {
    const session = launchedFor(`worker-${name}`, launcher, extensionDir, [...servedPages, ownListing]);
    const posting = ownCases[0]!;

    it('a posting opened after the background stopped is still read and badged, and the panel of the page before still shows it', async () => {
      const first = await session.browser.open(posting.url);
      await first.waitFor(BADGE_SETTLED, 20_000);
      const before = (await readBadge(first)) as BadgeState;
      expect(before.state).toBe('ready');
      const stopped = await session.browser.stopBackground();
      if (stopped === null) console.warn(`${name}: the background is persistent here; nothing to stop`);

      const second = await session.browser.open(posting.url);
      await second.waitFor(BADGE_SETTLED, 20_000);
      expect(await readBadge(second)).toMatchObject({ state: 'ready', exposure: before.exposure, counts: before.counts });
      // The first tab's analysis survived in session storage: its panel still has it after another stop.
      await session.browser.stopBackground();
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${first.tabId}`);
      await panel.waitFor(`document.querySelectorAll('li[data-testid="task"]').length > 0`, 15_000);
      await panel.close();
    });

    it('cards scrolled in after the background stopped get their estimates', async () => {
      const page = await session.browser.open(ownListing.url);
      await page.waitFor(allCardsBadged(ownListing.cards), 20_000);
      await session.browser.stopBackground();
      await page.evaluate(appendCards([{ id: '4199000021', title: 'Bookkeeper' }, { id: '4199000022', title: 'Blorf Quantum Wizard' }]));
      await page.waitFor(allCardsBadged(ownListing.cards + 2), 15_000);
      await waitForCardSource(page, '4199000021', 'title-prior', 5_000);
      await waitForCardSource(page, '4199000022', 'none', 5_000);
    });

    itSentNothingOut(session);
  });
}

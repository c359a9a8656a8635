import { describe, expect, it } from 'vitest';
import type { PostingCase } from './cases';
import { employedDriver, gigCases } from './gig-cases';
import { READ_GIG_NOTICE, type GigNoticeRead } from './gig-reads';
import { BADGE_SETTLED, normalised, PANEL_HAS_TASKS, readBadge, READ_PANEL } from './page-reads';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor, type E2ESession } from './lifecycle';

/** The posting read on its page (badge ready), then its side panel opened as a tab, with its tasks listed. */
async function panelFor(session: E2ESession, posting: PostingCase): Promise<E2EPage> {
  const page = await session.browser.open(posting.url);
  await page.waitFor(BADGE_SETTLED, 20_000);
  expect(await readBadge(page)).toMatchObject({ state: 'ready', shadow: 'closed' });
  const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
  await panel.waitFor(PANEL_HAS_TASKS, 15_000);
  const { title } = await panel.evaluate<{ title: string | null }>(READ_PANEL);
  expect(normalised(title)).toContain(normalised(posting.title));
  return panel;
}

/** The gig / platform-work notice, end to end: flagged postings show what they say and omit; others show none. */
export function describeGigSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: the gig notice in the side panel, offline`, () => {
    const session = launchedFor(`gig-${name}`, launcher, extensionDir, [...gigCases, employedDriver]);

    for (const gig of gigCases) {
      it(`${gig.name}: the notice names the kinds of work, what the posting says and omits, and rights pages`, async () => {
        const panel = await panelFor(session, gig);
        const notice = await panel.evaluate<GigNoticeRead | null>(READ_GIG_NOTICE);
        expect(notice).not.toBeNull();
        const read = notice as GigNoticeRead;
        expect(read.heading.trim()).not.toBe('');
        expect(read.heading).not.toMatch(/^gig[A-Z]/);
        expect([...read.kinds].sort()).toEqual([...gig.kinds].sort());
        for (const word of gig.triggers) expect(normalised(read.triggers)).toContain(normalised(word));
        for (const [aspect, value] of Object.entries(gig.aspects)) {
          const shown = read.aspects[aspect];
          expect(shown?.value, aspect).toBe(value);
          expect(shown?.omitted, aspect).toBe(value === 'omitted');
          expect(shown?.text.trim(), aspect).not.toBe('');
        }
        expect(read.links).toContain(gig.link);
        for (const link of read.links) expect(link).toMatch(/^https:\/\//);
        await panel.close();
      });
    }

    it(`${employedDriver.name}: tasks listed, no gig notice`, async () => {
      const panel = await panelFor(session, employedDriver);
      expect(await panel.evaluate<GigNoticeRead | null>(READ_GIG_NOTICE)).toBeNull();
      await panel.close();
    });

    itSentNothingOut(session);
  });
}

import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, SHARED_PAGES } from './cases';
import { listingCases, ownListing } from './listing-cases';
import {
  appendCards, allCardsBadged, openJobInPage, READ_CARD_IDS, readCardBadges, recycleCard, RESTYLED_BADGE, waitForCardSource, type CardBadgeRead,
  type RestyledBadge,
} from './listing-reads';
import { BADGE_SETTLED, normalised, readBadge, type BadgeState } from './page-reads';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';
import { pollUntil } from './tabs';

const badges = readCardBadges;

/** Every card badged once, each badge inside its own card, in a closed shadow root. */
async function expectOneBadgePerCard(page: E2EPage): Promise<CardBadgeRead[]> {
  const ids = await page.evaluate<string[]>(READ_CARD_IDS);
  const read = await badges(page);
  expect(read.map((b) => b.id).sort()).toEqual([...ids].sort());
  for (const badge of read) {
    expect(badge.shadow).toBe('closed');
    expect(badge.inCard).toBe(badge.id);
    expect(['title-prior', 'posting', 'none']).toContain(badge.source);
    if (badge.source === 'none') expect(badge.exposure).toBeNull();
    else expect(Number(badge.exposure)).toBeGreaterThanOrEqual(0);
  }
  return read;
}

/** Card badges on listing pages: cards appended, recycled, and a job opened inside the page. */
export function describeListingSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: card badges on saved listing pages, offline`, () => {
    const session = launchedFor(`listing-${name}`, launcher, extensionDir, listingCases);
    beforeAll(() => {
      if (!hasShared) console.warn(`saved listing case skipped: ${SHARED_PAGES}pages.json not found`);
    });

    for (const listing of listingCases) {
      it(`${listing.name}: one badge per card, also for appended and recycled cards`, async () => {
        const page = await session.browser.open(listing.url);
        await page.waitFor(allCardsBadged(listing.cards), 20_000);
        const first = await expectOneBadgePerCard(page);
        expect(first).toHaveLength(listing.cards);
        expect(first.filter((b) => b.source === 'title-prior').length).toBeGreaterThan(0);
        // The page's own rules don't restyle a badge: its host's style is inline, its look and text in the shadow root.
        expect(await page.evaluate<RestyledBadge>(RESTYLED_BADGE)).toEqual({ display: 'inline', fontSize: '12px', borderStyle: 'none', textTransform: 'none' });
        expect(first.find((b) => b.source === 'title-prior')).toBeDefined();

        await page.evaluate(appendCards([
          { id: '4199000001', title: 'Bookkeeper' },
          { id: '4199000002', title: 'Registered Nurse' },
          { id: '4199000003', title: 'Blorf Quantum Wizard' },
        ]));
        await page.waitFor(allCardsBadged(listing.cards + 3), 10_000);
        const grown = await expectOneBadgePerCard(page);
        expect(grown.find((b) => b.id === '4199000003')?.source).toBe('none');
        expect(grown.find((b) => b.id === '4199000001')?.source).toBe('title-prior');
        // The hint names the occupation the title was read as, with its code; an unknown title names none.
        expect(grown.find((b) => b.id === '4199000002')?.hint).toMatch(/Registered Nurses \(O\*NET 29-1141\.00\)/);
        expect(grown.find((b) => b.id === '4199000003')?.hint).not.toMatch(/O\*NET/);

        const victim = first[1]!.id!;
        await page.evaluate(recycleCard(victim, '4199000009', 'Blorf Quantum Wizard'));
        await waitForCardSource(page, '4199000009', 'none', 10_000);
        const recycled = await expectOneBadgePerCard(page);
        expect(recycled).toHaveLength(listing.cards + 3);
        expect(recycled.some((b) => b.id === victim)).toBe(false);
        await page.close();
      });
    }

    it('a job opened inside the page: the posting badge, its card and the side panel follow without a reload', async () => {
      const page = await session.browser.open(ownListing.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      await waitForCardSource(page, '4100000101', 'posting', 10_000);
      const before = (await readBadge(page)) as BadgeState;
      expect(before.state).toBe('ready');
      const clerk = (await badges(page)).find((b) => b.id === '4100000101')!;
      expect(clerk.exposure).toBe(before.exposure);
      await page.evaluate('window.__skillshiftNoReload = true');

      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panel.waitFor(`document.querySelector('[data-testid="posting-title"]')?.textContent === 'Data Entry Clerk'`, 15_000);

      await page.evaluate(openJobInPage(`${ownListing.url}&currentJobId=4100000102`, {
        id: '4100000102',
        title: 'Registered Nurse',
        bullets: ['Assess patients and plan their nursing care', 'Comfort patients and their families', 'Give medication and monitor vital signs', 'Lead the ward team on night shifts'],
      }));
      await waitForCardSource(page, '4100000102', 'posting', 15_000);
      await pollUntil(async () => (await readBadge(page))?.exposure !== before.exposure, 'the posting badge to change', 15_000);
      const after = (await readBadge(page)) as BadgeState;
      const nurse = (await badges(page)).find((b) => b.id === '4100000102')!;
      expect(nurse.exposure).toBe(after.exposure);
      // The job opened first keeps its own figure; no reload happened.
      expect((await badges(page)).find((b) => b.id === '4100000101')?.source).toBe('posting');
      expect(await page.evaluate<boolean>('window.__skillshiftNoReload === true')).toBe(true);

      await panel.waitFor(`document.querySelector('[data-testid="posting-title"]')?.textContent === 'Registered Nurse'`, 15_000);
      const title = await panel.evaluate<string | null>(`document.querySelector('[data-testid="posting-title"]')?.textContent ?? null`);
      expect(normalised(title)).toBe('registered nurse');
      await panel.close();
      await page.close();
    });

    itSentNothingOut(session);
  });
}

import { describe, expect, it } from 'vitest';
import { companyJobPages, companyPages, companySearchPages } from './anysite-cases';
import { BADGE_SETTLED, normalised, PANEL_HAS_TASKS, readBadge, READ_PANEL, type BadgeState, type PanelTask } from './page-reads';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';
import { pollUntil } from './tabs';

const HAS_ANY_SITE = `(globalThis.browser ?? globalThis.chrome).permissions.contains({ origins: ['*://*/*'] })`;
const SWITCH = `document.querySelector('[data-testid="welcome-any-site"]')`;

/** Our card badges on the page, read through the browser's automation: each card's id and state. */
async function cardBadges(page: E2EPage): Promise<{ id: string | undefined; state: string | undefined; shadow: string | null }[]> {
  return (await page.badges())
    .filter((b) => b.host['data-skillshift'] === 'card')
    .map((b) => ({ id: b.host['data-skillshift-card-id'], state: b.host['data-skillshift-state'], shadow: b.shadow }));
}

/**
 * "Read job postings on any site", end to end: Radancy and Phenom career sites on a company's own domain get nothing
 * while the optional permission is off; a person's click on the first-run switch grants it, and from the next page
 * load the background injects the any-site script, which badges the job and its cards and feeds the side panel.
 */
export function describeAnySiteSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: career sites on a company's own domain, read once "any site" is granted`, () => {
    const session = launchedFor(`anysite-${name}`, launcher, extensionDir, companyPages, { acceptPermissionPrompts: true });

    it('with the permission off, no page of theirs gets a badge', async () => {
      const pages: E2EPage[] = [];
      for (const served of companyPages) pages.push(await session.browser.open(served.url));
      // The background injects on 'complete', with the page's own markup read at once: time enough to have done so.
      await new Promise((done) => setTimeout(done, 3_000));
      for (const page of pages) {
        expect(await page.evaluate<number>(`document.readyState === 'complete' ? document.querySelectorAll('[data-skillshift]').length : -1`)).toBe(0);
        expect(await page.badges()).toEqual([]);
        await page.close();
      }
      const welcome = await session.browser.openExtensionPage('welcome.html');
      expect(await welcome.evaluate<boolean>(HAS_ANY_SITE)).toBe(false);
      await welcome.close();
    });

    it("a person's click on the first-run switch grants it", async () => {
      const welcome = await session.browser.openExtensionPage('welcome.html');
      await welcome.waitFor(`${SWITCH} !== null`);
      expect(await welcome.evaluate<boolean>(`${SWITCH}.checked`)).toBe(false);
      const box = await welcome.evaluate<{ x: number; y: number }>(`(() => {
        ${SWITCH}.scrollIntoView({ block: 'center' });
        const r = ${SWITCH}.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      await welcome.click(box.x, box.y);
      await pollUntil(() => welcome.evaluate<boolean>(HAS_ANY_SITE), 'the any-site permission', 10_000);
      await welcome.waitFor(`${SWITCH}.checked && !document.querySelector('[role="alert"]')`);
      await welcome.close();
    });

    for (const job of companyJobPages) {
      it(`${job.name}: the posting badge, and the side panel lists its duties`, async () => {
        const page = await session.browser.open(job.url);
        await page.waitFor(BADGE_SETTLED, 20_000);
        expect(await readBadge(page)).toMatchObject({ state: 'ready', shadow: 'closed' } satisfies Partial<BadgeState>);
        const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
        await panel.waitFor(PANEL_HAS_TASKS, 15_000);
        const read = await panel.evaluate<{ title: string | null; tasks: PanelTask[] }>(READ_PANEL);
        expect(normalised(read.title)).toBe(normalised(job.title));
        const shown = read.tasks.map((t) => normalised(t.text));
        for (const duty of job.duties) expect(shown.some((text) => text.includes(normalised(duty))), duty).toBe(true);
        await panel.close();
        await page.close();
      });
    }

    for (const search of companySearchPages) {
      it(`${search.name}: one card badge per result`, async () => {
        const page = await session.browser.open(search.url);
        await pollUntil(async () => {
          const cards = await cardBadges(page);
          return cards.length === search.cards.length && cards.every((c) => c.state === 'ready');
        }, `${search.cards.length} ready card badges`, 20_000);
        const cards = await cardBadges(page);
        expect(cards.map((c) => c.id).sort()).toEqual([...search.cards].sort());
        for (const card of cards) expect(card.shadow).toBe('closed');
        await page.close();
      });
    }

    itSentNothingOut(session);
  });
}

import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasShared, notAJob, postingCases, servedPages, SHARED_PAGES, type PostingCase } from './cases';
import {
  BADGE_SETTLED, countsOf, LABELS, normalised, PANEL_HAS_HISTORY, PANEL_HAS_TASKS, readBadge, READ_HISTORY,
  READ_PANEL, type BadgeState, type PanelTask,
} from './page-reads';
import type { Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';

/** The built extension; SKILLSHIFT_E2E_BUILD points elsewhere (e.g. a throwaway extension) to test the harness. */
export function buildDir(target: 'chrome-mv3' | 'firefox-mv2'): string {
  return resolve(process.env.SKILLSHIFT_E2E_BUILD ?? '.output', target);
}

interface Panel {
  title: string | null;
  tasks: PanelTask[];
  unreadable: boolean;
}

/** The same end-to-end cases, run in one browser. */
export function describePostingSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: the built extension on saved job pages, offline`, () => {
    const session = launchedFor(name, launcher, extensionDir, servedPages);
    beforeAll(() => {
      if (!hasShared) console.warn(`saved-page e2e cases skipped: ${SHARED_PAGES}pages.json not found`);
    });
    const analysed: PostingCase[] = [];

    for (const posting of postingCases) {
      it(`${posting.name}: badge ready with counts, side panel lists the tasks`, async () => {
        const page = await session.browser.open(posting.url);
        await page.waitFor(BADGE_SETTLED, 20_000);
        const badge = (await readBadge(page)) as BadgeState;
        expect(badge).toMatchObject({ state: 'ready', shadow: 'closed' });
        const counts = countsOf(badge);
        expect(counts).toHaveLength(3);
        expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
        expect(Number(badge.exposure)).toBeGreaterThanOrEqual(0);
        expect(Number(badge.exposure)).toBeLessThanOrEqual(1);
        analysed.push(posting);

        const panelPage = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
        await panelPage.waitFor(PANEL_HAS_TASKS, 15_000);
        const panel = await panelPage.evaluate<Panel>(READ_PANEL);
        // The badge draws the figure the extension holds for the tab (read in the panel, not from the page).
        const held = await panelPage.evaluate<string | null>(`document.querySelector('[data-testid="posting-exposure"]')?.getAttribute('data-exposure') ?? null`);
        expect(badge.exposure).toBe(held);
        expect(badge.text).toMatch(/\d+\s*%/);
        expect(normalised(panel.title)).toContain(normalised(posting.title));
        for (const task of panel.tasks) {
          expect(LABELS).toContain(task.label);
          expect(task.text.trim()).not.toBe('');
        }
        // The badge and the panel show the same analysis: the duties it could tell by label, the others apart.
        expect(LABELS.map((label) => panel.tasks.filter((t) => !t.unclear && t.label === label).length)).toEqual(counts);
        expect(panel.tasks.filter((t) => t.unclear).length).toBe(Number(badge.unclear));
        // At 400 px wide, with its groups as they open (collapsed), the panel is at most two screens (2 × 800 px) tall.
        await panelPage.resize(400, 800);
        const tall = await panelPage.evaluate<number>('document.documentElement.scrollHeight');
        console.info(`${name} ${posting.name}: the panel is ${tall} px tall at 400 px wide`);
        expect(tall).toBeLessThanOrEqual(1_600);
        await panelPage.close();
      });
    }

    it('a page without a job on a matched URL gets no score', async () => {
      const page = await session.browser.open(notAJob.url);
      // No badge at all is also a right answer: give the content script time to run first.
      await page.waitFor(BADGE_SETTLED, 5_000).catch(() => undefined);
      const badge = await readBadge(page);
      if (badge) expect(badge.state).toBe('unreadable');
      const panelPage = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panelPage.waitFor(`document.readyState === 'complete'`);
      await new Promise((done) => setTimeout(done, 1_000));
      const panel = await panelPage.evaluate<Panel>(READ_PANEL);
      expect(panel.tasks).toEqual([]);
      if (badge) expect(panel.unreadable).toBe(true);
      await panelPage.close();
    });

    it('after a restart on the same profile, the history still lists the postings read before', async () => {
      expect(analysed.length).toBeGreaterThan(0);
      await session.browser.restart();
      const blank = await session.browser.open('about:blank');
      const panelPage = await session.browser.openExtensionPage(`sidepanel.html?tab=${blank.tabId}`);
      await panelPage.waitFor(PANEL_HAS_HISTORY, 15_000);
      const history = (await panelPage.evaluate<string[]>(READ_HISTORY)).map(normalised).join('\n');
      for (const posting of analysed) expect(history).toContain(normalised(posting.title));
    });

    itSentNothingOut(session);
  });
}

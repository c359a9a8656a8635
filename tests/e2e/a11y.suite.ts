import { describe, expect, it } from 'vitest';
import { ownCases, servedPages, sharedCases } from './cases';
import { ownListing } from './listing-cases';
import { axeViolations, describeViolations } from './axe';
import { BADGE_SETTLED, PANEL_HAS_TASKS } from './page-reads';
import { click, exists, typeInto } from './profile-reads';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';

const posting = sharedCases[0] ?? ownCases[0]!;

async function expectNoViolations(view: string, page: E2EPage): Promise<void> {
  const violations = await axeViolations(page);
  console.info(describeViolations(view, violations));
  expect.soft(violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`), view).toEqual([]);
}

/** axe-core on every view of the extension, in one browser: 0 violations of any impact. */
export function describeA11ySuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: axe-core finds nothing on the extension's pages`, () => {
    const session = launchedFor(`a11y-${name}`, launcher, extensionDir, [...servedPages, ownListing]);

    it('side panel with no posting', async () => {
      const blank = await session.browser.open('about:blank');
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${blank.tabId}`);
      await panel.waitFor(`document.querySelector('main[data-status="ready"], [data-status="ready"]') !== null`);
      await expectNoViolations(`${name} side panel (empty)`, panel);
      await panel.close();
    });

    it('side panel on a posting', async () => {
      const page = await session.browser.open(posting.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panel.waitFor(PANEL_HAS_TASKS, 15_000);
      await expectNoViolations(`${name} side panel (${posting.name})`, panel);
      await panel.close();
    });

    it('side panel on a listing', async () => {
      const page = await session.browser.open(ownListing.url);
      await page.waitFor(BADGE_SETTLED, 20_000).catch(() => undefined);
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panel.waitFor(`document.querySelector('[data-status="ready"]') !== null`);
      await new Promise((done) => setTimeout(done, 500));
      await expectNoViolations(`${name} side panel (listing)`, panel);
      await panel.close();
    });

    it('profile with skill suggestions open, then with the delete confirmation', async () => {
      const panel = await session.browser.openExtensionPage('sidepanel.html?view=profile');
      await panel.waitFor(exists('[data-testid="skill-search"]'));
      await panel.evaluate(typeInto('[data-testid="skill-search"]', 'manag'));
      await panel.waitFor(exists('[data-testid="skill-suggestion"]'));
      await expectNoViolations(`${name} profile (suggestions open)`, panel);
      await panel.evaluate(click('[data-testid="delete-data"]'));
      await panel.waitFor(exists('[data-testid="delete-data-confirm"]'));
      await expectNoViolations(`${name} profile (delete confirmation)`, panel);
      await panel.close();
    });

    it('options page, its groups closed and then opened by the filter', async () => {
      const options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-testid="rule"]'));
      await expectNoViolations(`${name} options`, options);
      // Filtered: the groups with a match open, their rules' switches and sliders shown.
      await options.evaluate(typeInto('input[type="search"]', 'data'));
      await options.waitFor(`document.querySelector('details[data-testid="rule-group"][open] [data-testid="rule"]') !== null`);
      await expectNoViolations(`${name} options (filtered, groups open)`, options);
      await options.close();
    });

    it('first-run page, reachable from the options page; the any-site switch starts off', async () => {
      const options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-testid="welcome-link"]'));
      expect(await options.evaluate<string>(`document.querySelector('[data-testid="welcome-link"]').href`)).toMatch(/\/welcome\.html$/);
      await options.close();
      const welcome = await session.browser.openExtensionPage('welcome.html');
      await welcome.waitFor(exists('[data-testid="welcome-any-site"]'));
      expect(await welcome.evaluate<boolean>(`document.querySelector('[data-testid="welcome-any-site"]').checked`)).toBe(false);
      await expectNoViolations(`${name} welcome`, welcome);
      await welcome.close();
    });

    itSentNothingOut(session);
  });
}

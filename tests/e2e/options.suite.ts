import { describe, expect, it } from 'vitest';
import { ownCases, servedPages } from './cases';
import { BADGE_SETTLED, READ_BADGE, type BadgeState } from './page-reads';
import { click, exists, typeInto } from './profile-reads';
import type { E2EPage, Launcher } from './session';
import { launchedFor } from './lifecycle';

const posting = ownCases[0]!;

interface PreviewShown {
  text: string;
  before: string;
  after: string;
}
const READ_PREVIEW = `[...document.querySelectorAll('[data-testid="preview-row"]')].map((tr) => {
  const [text, before, after] = [...tr.querySelectorAll('td')];
  return { text: text.textContent, before: before.dataset.label, after: after.dataset.label };
})`;

const READ_PREVIEW_RULES = `[...document.querySelectorAll('[data-testid="preview-row"] td:last-child code')].map((c) => c.textContent)`;

/** Evaluated in an extension page: whether the tab's stored analysis has a task tagged by a user rule. */
const tabUsesUserRule = (tabId: number) => `(globalThis.browser ?? globalThis.chrome).runtime
  .sendMessage({ type: 'ui:getTabAnalysis', tabId: ${tabId} })
  .then((r) => r.ok && r.data.analysis !== null && r.data.analysis.tasks.some((t) => t.rules.some((id) => id.startsWith('user-'))))`;

/** The options page in one browser: the user's rule changes reach the open posting. */
export function describeOptionsSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: the options page's rules re-analyse the open posting`, () => {
    const session = launchedFor(`options-${name}`, launcher, extensionDir, servedPages);
    let page: E2EPage;
    let options: E2EPage;

    it("previews the open posting's tasks, adds a rule, saves, and the posting's badge changes", async () => {
      page = await session.browser.open(posting.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      const before = (await page.evaluate<BadgeState>(READ_BADGE)).exposure;

      options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-testid="rule"]'));
      await options.evaluate(click('[data-testid="use-posting"]'));
      await options.waitFor(exists('[data-testid="preview-row"]'), 10_000);
      const [first] = await options.evaluate<PreviewShown[]>(READ_PREVIEW);
      expect(first?.before).toBe(first?.after);

      // A phrase from the first task, pushing it the other way from where the built-in rules put it.
      const phrase = (first!.text.match(/[A-Za-z]{4,}(?: [A-Za-z]{4,})?/) ?? [''])[0];
      await options.evaluate(typeInto('form.add textarea[name="phrases"]', phrase));
      await options.evaluate(click(`input[name="direction"][value="${first!.before === 'human-led' ? 'exposed' : 'human'}"]`));
      await options.evaluate(click('form.add button[type="submit"]'));
      await options.waitFor(exists('[data-rule^="user-"]'));
      await options.waitFor(`${READ_PREVIEW_RULES}[0].includes('user-')`);
      await options.evaluate(click('[data-testid="save"]'));
      await options.waitFor(exists('[data-testid="save-state"][data-state="saved"]'));

      // The background told the tab to analyse again; the tab's content script used the saved rule.
      await options.waitFor(tabUsesUserRule(page.tabId!), 15_000);
      await page.waitFor(BADGE_SETTLED);
      expect((await page.evaluate<BadgeState>(READ_BADGE)).exposure).not.toBe(before);
    });

    it('keeps the rule after the options page is opened again', async () => {
      await options.close();
      options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-rule^="user-"]'));
    });

    it('nothing left the browser', () => {
      expect(session.browser.web.extensionRequests).toEqual([]);
      expect(session.browser.web.escaped()).toEqual([]);
      expect(session.sinkhole.unexpected()).toEqual([]);
    });
  });
}

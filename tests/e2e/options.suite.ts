import { describe, expect, it } from 'vitest';
import { FALLBACK_RULE_ID } from '../../engine/rules/packs';
import { ownCases, servedPages } from './cases';
import { BADGE_SETTLED, normalised, PANEL_HAS_TASKS, readBadge, READ_PANEL_REASONS, type PanelReason } from './page-reads';
import { click, exists, typeInto } from './profile-reads';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor } from './lifecycle';
import { LAPTOP, PAGE_HEIGHT, TAB_STOPS } from './options-reads';

const posting = ownCases[0]!;
/** The reason the user gives their rule: the side panel should explain the task in these words. */
const USER_REASON = 'My own rule, added in the end-to-end test';

interface PreviewShown {
  text: string;
  before: string;
  after: string;
  /** The rule ids of the "after" column, strongest first. */
  rules: string;
}
const READ_PREVIEW = `[...document.querySelectorAll('[data-testid="preview-row"]')].map((tr) => {
  const [text, before, after] = [...tr.querySelectorAll('td')];
  return { text: text.textContent, before: before.dataset.label, after: after.dataset.label, rules: after.querySelector('code').textContent };
})`;

/** Evaluated in an extension page: whether the tab's stored analysis has a task tagged by a user rule. */
const tabUsesUserRule = (tabId: number) => `(globalThis.browser ?? globalThis.chrome).runtime
  .sendMessage({ type: 'ui:getTabAnalysis', tabId: ${tabId} })
  .then((r) => r.ok && r.data.analysis !== null && r.data.analysis.tasks.some((t) => t.rules.some((id) => id.startsWith('user-'))))`;

interface GroupShown {
  id: string;
  open: boolean;
  summary: string;
  rules: number;
}
const READ_GROUPS = `[...document.querySelectorAll('details[data-testid="rule-group"]')].map((d) => ({
  id: d.dataset.group, open: d.open, summary: d.querySelector('summary').textContent, rules: d.querySelectorAll('[data-testid="rule"]').length,
}))`;
const RULE_NAMES = `[...document.querySelectorAll('[data-testid="rule"] input[type="checkbox"]')].map((c) => c.getAttribute('aria-label'))`;

/** The options page in one browser: the user's rule changes reach the open posting. */
export function describeOptionsSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: the options page's rules re-analyse the open posting`, () => {
    const session = launchedFor(`options-${name}`, launcher, extensionDir, servedPages);
    let page: E2EPage;
    let options: E2EPage;
    let task: PreviewShown;

    it('groups the rules by pack, closed, and a filter opens the groups it matches in (Tab stops and height printed)', async () => {
      const page = await session.browser.openExtensionPage('options.html');
      await page.resize(LAPTOP.width, LAPTOP.height);
      await page.waitFor(exists('[data-testid="rule-group"]'));
      const groups = await page.evaluate<GroupShown[]>(READ_GROUPS);
      expect(groups.map((g) => [g.id, g.open])).toEqual([['any', false], ['en', false], ['zh', false]]);
      for (const g of groups) expect(g.summary).toMatch(new RegExp(`^Rules for .+ \\(${g.rules}\\)$`));
      const names = await page.evaluate<string[]>(RULE_NAMES);
      expect(names).toContain('Use rule: Drafting documents');
      expect(names.filter((n) => !/^Use rule: \S/.test(n))).toEqual([]);
      const closed = { tabStops: await page.evaluate<number>(TAB_STOPS), height: await page.evaluate<number>(PAGE_HEIGHT) };

      await page.evaluate(typeInto('input[type="search"]', 'drafting documents'));
      await page.waitFor(`${READ_GROUPS}.length === 1`);
      const [only] = await page.evaluate<GroupShown[]>(READ_GROUPS);
      expect(only).toEqual({ id: 'en', open: true, summary: `Rules for English postings (1 of ${groups[1]!.rules} match)`, rules: 1 });
      const filtered = { tabStops: await page.evaluate<number>(TAB_STOPS), height: await page.evaluate<number>(PAGE_HEIGHT) };
      console.info(
        `${name} options page at ${LAPTOP.width}×${LAPTOP.height}, ${names.length} rules: groups closed ${closed.tabStops} Tab stops, ` +
          `${closed.height} px tall; filtered to one rule ${filtered.tabStops} Tab stops, ${filtered.height} px`,
      );
      await page.close();
    });

    it("previews the open posting's tasks, adds a rule, saves, and the posting's badge changes", async () => {
      page = await session.browser.open(posting.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      const before = (await readBadge(page))?.exposure;

      options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-testid="rule"]'));
      await options.evaluate(click('[data-testid="use-posting"]'));
      await options.waitFor(exists('[data-testid="preview-row"]'), 10_000);
      const rows = await options.evaluate<PreviewShown[]>(READ_PREVIEW);
      // A task no built-in rule explains: the side panel names a task's strongest rule, and here that will be the user's.
      const at = rows.findIndex((row) => row.rules === FALLBACK_RULE_ID);
      expect(at, `no task of ${posting.name} is left to ${FALLBACK_RULE_ID}`).toBeGreaterThanOrEqual(0);
      task = rows[at]!;
      expect(task.before).toBe(task.after);

      // A phrase from that task, pushing it against the posting's lean: an unclear task is out of the figure, and one
      // told the way the rest lean moved it less than the badge's two decimals show (0.8149 → 0.8059).
      const phrase = (task.text.match(/[A-Za-z]{4,}(?: [A-Za-z]{4,})?/) ?? [''])[0];
      await options.evaluate(typeInto('form.add textarea[name="phrases"]', phrase));
      await options.evaluate(typeInto('form.add input[name="reason"]', USER_REASON));
      await options.evaluate(click(`input[name="direction"][value="${Number(before) >= 0.5 ? 'human' : 'exposed'}"]`));
      await options.evaluate(click('form.add button[type="submit"]'));
      await options.waitFor(exists('[data-rule^="user-"]'));
      await options.waitFor(`${READ_PREVIEW}[${at}].rules.startsWith('user-')`);
      await options.evaluate(click('[data-testid="save"]'));
      await options.waitFor(exists('[data-testid="save-state"][data-state="saved"]'));

      // The background told the tab to analyse again; the tab's content script used the saved rule.
      await options.waitFor(tabUsesUserRule(page.tabId!), 15_000);
      await page.waitFor(BADGE_SETTLED);
      expect((await readBadge(page))?.exposure).not.toBe(before);
    });

    it("the side panel explains that task by the user's rule, in the user's words", async () => {
      const ruleId = await options.evaluate<string>(`document.querySelector('[data-rule^="user-"]').dataset.rule`);
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panel.waitFor(PANEL_HAS_TASKS, 15_000);
      // The panel renders with the built-in rules' reasons first, again once the user's rules have loaded.
      await panel.waitFor(exists(`.task__reason[data-rule="${ruleId}"]`), 5_000).catch(() => undefined);
      const shown = (await panel.evaluate<PanelReason[]>(READ_PANEL_REASONS)).find((t) => normalised(t.text) === normalised(task.text));
      expect(shown).toEqual({ text: expect.any(String), rule: ruleId, reason: USER_REASON });
      await panel.close();
    });

    it('keeps the rule after the options page is opened again', async () => {
      await options.close();
      options = await session.browser.openExtensionPage('options.html');
      await options.waitFor(exists('[data-rule^="user-"]'));
    });

    itSentNothingOut(session);
  });
}

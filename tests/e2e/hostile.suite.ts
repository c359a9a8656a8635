import { describe, expect, it } from 'vitest';
import { allCardsBadged, appendCards, readCardBadges, waitForCardSource } from './listing-reads';
import { BADGE_SETTLED, POSTING_HOST, readBadge } from './page-reads';
import { forgeStarted, hostile, PAGE_VIEW, SCRIPTED_CLICKS, UNUSED_FONT, type PageView } from './hostile-pages';
import type { E2EPage, Launcher } from './session';
import { itSentNothingOut, launchedFor, type E2ESession } from './lifecycle';

const CARDS = 6;
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * The panels open for a page tab, counted from an extension page (which sees its own pages' addresses): panel tabs,
 * and Chromium's side panel where the browser lets it open.
 */
async function panelTabs(session: E2ESession, tabId: number): Promise<number> {
  const control = await session.browser.openExtensionPage('options.html');
  const count = await control.evaluate<number>(`(async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const tabs = (await api.tabs.query({})).filter((t) => (t.url ?? '') === location.origin + '/sidepanel.html?tab=${tabId}').length;
    const panels = api.runtime.getContexts ? (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length : 0;
    return tabs + panels;
  })()`);
  await control.close();
  return count;
}

async function extensionId(session: E2ESession): Promise<string> {
  const control = await session.browser.openExtensionPage('options.html');
  const id = await control.evaluate<string>('(globalThis.browser ?? globalThis.chrome).runtime.id');
  await control.close();
  return id;
}

async function settledListing(session: E2ESession, url: string): Promise<E2EPage> {
  const page = await session.browser.open(url);
  await page.waitFor(BADGE_SETTLED, 20_000);
  await page.waitFor(allCardsBadged(CARDS), 20_000);
  return page;
}

/** Pages written to drive, read or switch off SkillShift, at real board URLs. */
export function describeHostileSuite(name: string, launcher: Launcher, extensionDir: string): void {
  describe(`${name}: hostile pages can't drive, read or switch off SkillShift`, () => {
    const session = launchedFor(`hostile-${name}`, launcher, extensionDir, Object.values(hostile));

    it("20 scripted clicks, dispatched events and keys on the badge open no tab; the page can't read the figure", async () => {
      const page = await session.browser.open(hostile.probedPosting.url);
      await page.waitFor(BADGE_SETTLED, 20_000);
      const before = await panelTabs(session, page.tabId!);
      await page.evaluate(SCRIPTED_CLICKS);
      await pause(1_500);
      const opened = (await panelTabs(session, page.tabId!)) - before;
      console.log(`${name}: tabs opened by 20 scripted clicks: ${opened}`);
      expect(opened).toBe(0);

      const view = await page.evaluate<PageView>(PAGE_VIEW);
      expect(view).toMatchObject({ openRoot: false, rootsSeen: 0, hostText: '', bodyHasFigure: false, insideLink: false });
      expect(view.hostAttributes.sort()).toEqual(['data-skillshift-state=ready', 'data-skillshift=posting']);
      // The figure is there, for the person and for the extension's own reads.
      const badge = await readBadge(page);
      expect(badge).toMatchObject({ state: 'ready', shadow: 'closed' });
      expect(badge!.text).toMatch(/\d+\s*%/);
      await page.close();
    });

    it("a person's clicks on the badge of a title inside a link: no navigation, the page's handlers see nothing, one panel opens", async () => {
      const page = await settledListing(session, hostile.probedListing.url);
      expect((await page.evaluate<PageView>(PAGE_VIEW)).insideLink).toBe(false);
      await page.evaluate('window.__stayed = true');
      const box = await page.evaluate<{ x: number; y: number }>(`(() => {
        const host = ${POSTING_HOST};
        host.scrollIntoView({ block: 'center' });
        const r = host.getBoundingClientRect();
        return { x: r.left + 8, y: r.top + r.height / 2 };
      })()`);
      expect(await page.evaluate<string | null>(`document.elementFromPoint(${box.x}, ${box.y})?.getAttribute('data-skillshift') ?? null`)).toBe('posting');
      for (let i = 0; i < 3; i++) {
        await page.click(box.x, box.y);
        await pause(700);
      }
      await pause(1_000);
      expect(await page.evaluate<boolean>('window.__stayed === true')).toBe(true);
      expect(await page.evaluate<string[]>('window.__hostile.events')).toEqual([]);
      const tabs = await panelTabs(session, page.tabId!);
      console.log(`${name}: panels open after 3 real clicks: ${tabs}`);
      expect(tabs).toBe(1);
      await page.close();
    });

    it("the card badges use the page's own font weight: the page fetches no font face it wouldn't have", async () => {
      const page = await settledListing(session, hostile.probedListing.url);
      await waitForCardSource(page, '4100000101', 'posting', 10_000);
      const weights = await page.evaluate<string[][]>(`[...document.querySelectorAll('[data-skillshift="card"]')]
        .map((h) => [getComputedStyle(h).fontWeight, getComputedStyle(h.parentElement).fontWeight])`);
      for (const [own, parent] of weights) expect(own).toBe(parent);
      await page.evaluate('document.fonts.ready.then(() => true)');
      expect([...session.browser.web.answered.keys()]).not.toContain(UNUSED_FONT);
      await page.close();
    });

    it("a page forging WXT's started message doesn't switch SkillShift off: cards added after it get badges", async () => {
      const page = await settledListing(session, hostile.forged.url);
      await page.evaluate(forgeStarted(await extensionId(session)));
      await pause(300);
      await page.evaluate(appendCards([{ id: '4199000101', title: 'Bookkeeper' }, { id: '4199000102', title: 'Welder' }]));
      await page.waitFor(allCardsBadged(CARDS + 2), 15_000);
      expect(await readBadge(page)).toMatchObject({ state: 'ready' });
      await page.close();
    });

    it('custom elements pre-defined under our old names (closed, throwing) leave the badges in place', async () => {
      const page = await settledListing(session, hostile.customElements.url);
      expect(await readBadge(page)).toMatchObject({ state: 'ready', shadow: 'closed' });
      const cards = await readCardBadges(page);
      expect(cards).toHaveLength(CARDS);
      for (const card of cards) expect(['title-prior', 'posting', 'none']).toContain(card.source);
      await page.close();
    });

    itSentNothingOut(session);
  });
}

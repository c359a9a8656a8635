import { describe, expect, it } from 'vitest';
import { allCardsBadged, appendCards, readCardBadges, waitForCardSource } from './listing-reads';
import { BADGE_SETTLED, POSTING_HOST, readBadge, type BadgeState } from './page-reads';
import { forgeStarted, heavy, hostile, PAGE_VIEW, SCRIPTED_CLICKS, TASK_FIGURES, tricks, UNUSED_FONT, type PageView, type TaskFigures } from './hostile-pages';
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

  describe(`${name}: huge, deep, busy and tricked pages`, () => {
    const session = launchedFor(`heavy-${name}`, launcher, extensionDir, [...Object.values(heavy), ...Object.values(tricks)]);
    const HONEST = ['ready', 'unreadable', 'no-duties', 'too-large'];

    /** The page answers a script within a second (it isn't stalled), ran no markup of ours, and its figures. */
    async function checked(page: E2EPage, label: string): Promise<TaskFigures> {
      const asked = Date.now();
      expect(await page.evaluate<boolean>('window.__pwned === undefined')).toBe(true);
      const answerMs = Date.now() - asked;
      const figures = await page.evaluate<TaskFigures>(TASK_FIGURES);
      console.log(`${name} ${label}: longest task after DCL ${figures.longestAfterDcl} ms (${figures.longTasks} over 50 ms), longest SkillShift script ${figures.longestOurs ?? '-'} ms, page answered in ${answerMs} ms`);
      expect(answerMs).toBeLessThan(5_000);
      return figures;
    }

    async function settledPosting(url: string, label: string): Promise<{ page: E2EPage; badge: BadgeState | null }> {
      const page = await session.browser.open(url);
      // Figures first (also for a baseline run without SkillShift, where no badge comes), then the badge.
      await page.waitFor(BADGE_SETTLED, 30_000).catch(() => undefined);
      await pause(1_000);
      await checked(page, label);
      const badge = await readBadge(page);
      expect(HONEST).toContain(badge?.state);
      return { page, badge };
    }

    for (const [key, label] of [['bullets', '100k bullets'], ['deep', '20k-deep nesting'], ['longLine', 'a 3 MB line'], ['jsonLd', '1,000 JSON-LD postings'], ['longTitle', 'a 100k-character title']] as const) {
      it(`${label}: no crash, the page answers, the badge right or honestly absent`, async () => {
        const { page, badge } = await settledPosting(heavy[key].url, label);
        if (badge?.state === 'ready') expect(badge.text).toMatch(/\d+\s*%/);
        await page.close();
      }, 120_000);
    }

    it('script and markup in every JSON-LD field: nothing runs or renders, in the page or the panel', async () => {
      const { page } = await settledPosting(heavy.markup.url, 'markup in JSON-LD');
      expect(await page.evaluate<number>('document.querySelectorAll("img, iframe, svg").length')).toBe(0);
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${page.tabId}`);
      await panel.waitFor(`document.readyState === 'complete'`);
      await pause(1_500);
      expect(await panel.evaluate<number>('document.querySelectorAll("img, iframe, svg script, [onerror], [onload]").length')).toBe(0);
      expect(await panel.evaluate<boolean>('window.__pwned === undefined')).toBe(true);
      await panel.close();
      await page.close();
    });

    it('25,000 cards (250,000 elements): the page answers; SkillShift says the page is too large to read', async () => {
      const { page, badge } = await settledPosting(heavy.manyCards.url, '25,000 cards');
      expect(badge?.state).toBe('too-large');
      expect(await page.evaluate<number>(`document.querySelectorAll('[data-skillshift="card"]').length`)).toBe(0);
      await page.close();
    }, 120_000);

    it('50 cards added every 50 ms for 10 s: the page answers, the cards in view get badges', async () => {
      const page = await session.browser.open(heavy.insertion.url);
      await pause(11_000);
      await checked(page, 'continuous insertion');
      await page.waitFor(`document.querySelectorAll('[data-skillshift="card"][data-skillshift-state="ready"]').length >= 8`, 30_000);
      await page.close();
    }, 120_000);

    it('1,000 cards, scrolled to the 800th: the cards on screen are badged before those far above', async () => {
      const page = await session.browser.open(heavy.scrolled.url);
      await page.waitFor('window.__readyOrder && window.__readyOrder.length === 1000', 30_000);
      const order = await page.evaluate<number[]>('window.__readyOrder');
      console.log(`${name} scrolled listing: first ready ${order.slice(0, 5).join(', ')} …; card 800 is #${order.indexOf(800) + 1}, card 0 #${order.indexOf(0) + 1}, card 300 #${order.indexOf(300) + 1}`);
      // A pass badges 150 cards from the first one on screen, and cards are asked for in the same order.
      expect(order.indexOf(800)).toBeLessThan(150);
      expect(order.indexOf(800)).toBeLessThan(order.indexOf(300));
      expect(order.indexOf(800)).toBeLessThan(order.indexOf(0));
      await page.close();
    });

    it('a page removing every badge it sees: no loop between it and SkillShift', async () => {
      const page = await session.browser.open(heavy.removal.url);
      await pause(5_000);
      const removed = await page.evaluate<number>('window.__removed');
      await pause(3_000);
      const later = await page.evaluate<number>('window.__removed');
      console.log(`${name} removal loop: ${removed} badges removed in 5 s, ${later - removed} in the 3 s after`);
      expect(later - removed).toBeLessThan(50);
      await checked(page, 'badge removal loop');
      await page.close();
    });

    it("prototypes redefined by the page and a page replaying every message: the same figure as the plain page", async () => {
      const { page: clean, badge: plain } = await settledPosting(tricks.clean.url, 'plain posting');
      expect(plain?.state).toBe('ready');
      await clean.close();
      for (const [key, label] of [['overrides', 'prototype overrides'], ['replay', 'message replay']] as const) {
        const { page, badge } = await settledPosting(tricks[key].url, label);
        expect(badge).toMatchObject({ state: 'ready', exposure: plain!.exposure, counts: plain!.counts });
        await page.close();
      }
    });

    itSentNothingOut(session);
  });
}

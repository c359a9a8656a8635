import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendFrom, PANEL } from '../fixtures/background-session';
import type { Browser } from 'wxt/browser';
import { main } from '../../entrypoints/background/index';
import { openPanel, panelUrl } from '../../entrypoints/background/open-panel';
import { leftAnalysedPage } from '../../entrypoints/background/tab-events';
import { sessionTabState } from '../../entrypoints/background/tab-state';
import { onToolbarClick, ONDEMAND_SCRIPT } from '../../entrypoints/background/toolbar';
import { DB_NAME, openDb, type SkillShiftDb } from '../../storage/db';
import { analyzeRead } from '../../engine/analyze';
import { fakeAnalysis, fakeRead, unreadableRead } from '../fixtures/analysis';
import { freshDbs } from '../fixtures/fresh-db';

const ORIGIN = 'chrome-extension://test-extension-id/';
const tab = (id: number, url = 'https://job-boards.greenhouse.io/acme/jobs/123') => ({ id: 'test-extension-id', url, tab: { id, url } });

const freshDb = freshDbs('background');
let db: SkillShiftDb;
beforeEach(() => {
  fakeBrowser.reset();
  // sidePanel is not faked; make it refuse like Chrome does without a user gesture.
  (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { open: vi.fn().mockRejectedValue(new Error('needs a user gesture')) };
  db = freshDb();
  main(db);
});

describe('background main()', () => {
  it('analyses what the page read, stores it, attaches it to the tab, shows the exposure on the toolbar and answers the badge figures', async () => {
    const analysis = analyzeRead(fakeRead());
    const reply = await sendFrom({ type: 'content:posting', read: fakeRead() }, tab(7));
    expect(reply).toEqual({ ok: true, data: { badge: analysis.exposure, cards: analysis.cards.map(({ id, exposure, label, occupation }) => ({ id, exposure, label, occupation: occupation && { en: occupation.en, zh: occupation.zh, soc: occupation.soc, ...(occupation.cn ? { cn: occupation.cn } : {}) } })) } });
    // Names and codes only: the page is not sent the occupation's id or anything of the person's.
    expect((reply.data as { cards: { occupation: object | null }[] }).cards[0]?.occupation).toEqual({ en: expect.any(String), zh: expect.any(String), soc: expect.stringMatching(/^\d{2}-/), cn: expect.any(String) });
    expect(analysis.tasks.map((t) => t.text)).toEqual(['Compile weekly sales reports', 'Build dashboards with analysts', 'Negotiate with stakeholders']);
    // The toolbar badge and the tab's record follow the answer; the panel's question waits for them.
    const got = await sendFrom({ type: 'ui:getTabAnalysis', tabId: 7 }, PANEL);
    expect(got).toEqual({ ok: true, data: { analysis } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(`${Math.round(analysis.exposure!.score * 100)}%`);
    const history = await sendFrom({ type: 'ui:listHistory' }, PANEL);
    expect(history.data).toEqual({ items: [expect.objectContaining({ url: fakeRead().url, title: 'Data Analyst', exposure: analysis.exposure!.score })], more: false });
  });

  it('answers estimates for a batch of card titles, and refuses more than a batch', async () => {
    const cards = [{ id: 'a', title: 'Registered Nurse', company: null }, { id: 'b', title: 'Blorf Quantum Wizard', company: null }];
    const reply = await sendFrom({ type: 'content:cards', cards }, tab(7));
    expect(reply.ok).toBe(true);
    const [nurse, vibe] = (reply.data as { cards: { id: string; exposure: number | null }[] }).cards;
    expect(nurse).toMatchObject({ id: 'a', exposure: expect.any(Number), occupation: { soc: '29-1141.00', en: 'Registered Nurses', zh: '护士' } });
    expect(vibe).toEqual({ id: 'b', exposure: null, label: null, occupation: null });
    const tooMany = Array.from({ length: 201 }, (_, i) => ({ id: String(i), title: 'Nurse', company: null }));
    expect((await sendFrom({ type: 'content:cards', cards: tooMany }, tab(7))).ok).toBe(false);
  });

  it("reads a title as the person corrected it, for every card with that title, once the profile says so", async () => {
    const cards = [{ id: 'a', title: 'Caretaker', company: null }, { id: 'b', title: 'Senior Caretaker - Remote', company: null }];
    const before = (await sendFrom({ type: 'content:cards', cards }, tab(7))).data as { cards: { occupation: { soc: string } | null }[] };
    expect(before.cards[0]?.occupation?.soc).not.toBe('37-2011.00');
    const profile = { skills: [], targetRoles: [], language: 'en', titleCorrections: [{ title: 'Caretaker', occupation: '37-2011.00' }] };
    expect((await sendFrom({ type: 'ui:saveProfile', profile }, PANEL)).ok).toBe(true);
    const after = (await sendFrom({ type: 'content:cards', cards }, tab(7))).data as { cards: { exposure: number; occupation: { soc: string; en: string } }[] };
    expect(after.cards.map((c) => c.occupation.soc)).toEqual(['37-2011.00', '37-2011.00']);
    expect(after.cards[0]?.occupation.en).toBe('Janitors and Cleaners, Except Maids and Housekeeping Cleaners');
  });

  it('keeps an unreadable page on its tab but not in history, with a blank toolbar badge', async () => {
    expect(await sendFrom({ type: 'content:posting', read: unreadableRead() }, tab(8, 'https://example.com/jobs/1'))).toEqual({
      ok: true,
      data: { badge: null, cards: [] },
    });
    expect((await sendFrom({ type: 'ui:getTabAnalysis', tabId: 8 }, PANEL)).data).toEqual({ analysis: analyzeRead(unreadableRead()) });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('');
    expect((await sendFrom({ type: 'ui:listHistory' }, PANEL)).data).toEqual({ items: [], more: false });
  });

  it('answers nothing-known with null, and saves and reads the profile', async () => {
    expect((await sendFrom({ type: 'ui:getTabAnalysis', tabId: 99 }, PANEL)).data).toEqual({ analysis: null });
    const profile = { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: ['data-analyst'], language: 'zh_CN' };
    await sendFrom({ type: 'ui:saveProfile', profile }, PANEL);
    expect((await sendFrom({ type: 'ui:getProfile' }, PANEL)).data).toEqual({ profile });
  });

  it('refuses a ui message from a web page', async () => {
    expect((await sendFrom({ type: 'ui:getProfile' }, tab(7))).ok).toBe(false);
  });

  it('forgets a tab when it navigates elsewhere or closes', async () => {
    await sendFrom({ type: 'content:posting', read: fakeRead() }, tab(7));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: fakeRead().url }, {} as Browser.tabs.Tab);
    await vi.waitFor(async () => expect((await sendFrom({ type: 'ui:getTabAnalysis', tabId: 7 }, PANEL)).data).toEqual({ analysis: analyzeRead(fakeRead()) }));
    await fakeBrowser.tabs.onUpdated.trigger(7, { url: 'https://example.com/' }, {} as Browser.tabs.Tab);
    await vi.waitFor(async () => expect((await sendFrom({ type: 'ui:getTabAnalysis', tabId: 7 }, PANEL)).data).toEqual({ analysis: null }));
    await sendFrom({ type: 'content:posting', read: fakeRead() }, tab(7));
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect((await sendFrom({ type: 'ui:getTabAnalysis', tabId: 7 }, PANEL)).data).toEqual({ analysis: null }));
  });

  it('opens the panel as a tab when the side panel refuses (no user gesture)', async () => {
    expect(await sendFrom({ type: 'content:openSidebar' }, tab(7))).toEqual({ ok: true, data: { opened: 'tab' } });
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContain(`${ORIGIN}sidepanel.html?tab=7`);
  });
});

describe('leaving the analysed page', () => {
  it('counts a new URL, or a new load when Chrome hides the URL', () => {
    const url = fakeAnalysis().url;
    expect(leftAnalysedPage({ url }, url)).toBe(false);
    expect(leftAnalysedPage({ url: 'https://example.com/' }, url)).toBe(true);
    expect(leftAnalysedPage({ status: 'loading' }, url)).toBe(true);
    expect(leftAnalysedPage({ status: 'complete' }, url)).toBe(false);
  });
});

describe('tab state', () => {
  it('survives the service worker restarting (a new store over the same session area)', async () => {
    await sessionTabState(fakeBrowser.storage.session).set(4, fakeAnalysis());
    expect(await sessionTabState(fakeBrowser.storage.session).get(4)).toEqual(fakeAnalysis());
  });

  it('ignores a stored value that is not an analysis', async () => {
    await fakeBrowser.storage.session.set({ 'tab:4': { url: 1 } });
    expect(await sessionTabState(fakeBrowser.storage.session).get(4)).toBeNull();
  });
});

describe('opening the panel', () => {
  it('uses the Chrome side panel for the tab when allowed', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { open };
    expect(await openPanel(5)).toBe('sidePanel');
    expect(open).toHaveBeenCalledWith({ tabId: 5 });
  });

  it('refused a side panel, opens one panel tab per page tab: more clicks, even at once, bring that tab forward', async () => {
    const panels = async (tabId: number) => (await fakeBrowser.tabs.query({})).filter((t) => t.url === panelUrl(tabId));
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await Promise.all([openPanel(5), openPanel(5), openPanel(5)])).toEqual(['tab', 'tab', 'tab']);
    expect(await panels(5)).toHaveLength(1);
    for (let i = 0; i < 5; i++) await openPanel(5);
    expect(await panels(5)).toHaveLength(1);
    expect(update).toHaveBeenCalledWith((await panels(5))[0]!.id, { active: true });
    await openPanel(6);
    expect(await panels(6)).toHaveLength(1);
  });

  it('uses the Firefox sidebar where there is no side panel', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    const fake = fakeBrowser as unknown as { sidePanel?: object; sidebarAction?: object };
    delete fake.sidePanel;
    fake.sidebarAction = { open };
    try {
      expect(await openPanel(5)).toBe('sidebar');
      expect(open).toHaveBeenCalledOnce();
    } finally {
      delete fake.sidebarAction;
    }
  });

  it('toolbar click opens the panel synchronously and injects the on-demand script where no content script answers', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    (fakeBrowser as unknown as { sidePanel: object }).sidePanel = { open };
    const executeScript = vi.fn().mockResolvedValue([]);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    onToolbarClick({ id: 12 } as Browser.tabs.Tab);
    expect(open).toHaveBeenCalledWith({ tabId: 12 });
    await vi.waitFor(() => expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 12 }, files: [ONDEMAND_SCRIPT] }));
  });
});

it('the database is the one named skillshift', () => {
  expect(openDb().name).toBe(DB_NAME);
  expect(DB_NAME).toBe('skillshift');
});

// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { main } from '../../entrypoints/background/index';
import { createPageAnalysis } from '../../entrypoints/shared/page-analysis';
import type { Analysis } from '../../engine/types';
import { EMPTY_USER_RULES, type UserRules } from '../../engine/rules/user-rules-schema';
import { sendFrom } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';
import { backgroundBehindPage, TAB_ID } from '../fixtures/page-background';

const ORIGIN = 'chrome-extension://test-extension-id/';
const optionsPage = { id: 'test-extension-id', url: `${ORIGIN}options.html`, tab: { id: 99, url: `${ORIGIN}options.html` } };
const tab = (id: number) => ({ id: 'test-extension-id', url: 'https://example.com/jobs/1', tab: { id, url: 'https://example.com/jobs/1' } });
const MINE: UserRules = {
  disabled: ['negotiate'],
  weights: { 'routine-reporting': 2 },
  added: [{ id: 'user-coach', phrases: ['coach'], lang: 'en', effect: { exposure: 0.8, automation: -0.6 }, reason: 'Coaching bots exist' }],
};

describe('user rules messages (background)', () => {
  const freshDb = freshDbs('options-messages');
  beforeEach(() => {
    fakeBrowser.reset();
    main(freshDb());
  });

  it('saves from the options page, answers it, and asks every tab to read its page again', async () => {
    const tabs = [await fakeBrowser.tabs.create({ url: 'https://example.com/jobs/1' }), await fakeBrowser.tabs.create({ url: 'https://example.com/jobs/2' })];
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    expect(await sendFrom({ type: 'ui:getUserRules' }, optionsPage)).toEqual({ ok: true, data: { userRules: EMPTY_USER_RULES } });
    expect(await sendFrom({ type: 'ui:saveUserRules', userRules: MINE }, optionsPage)).toEqual({ ok: true, data: { userRules: MINE } });
    expect(await sendFrom({ type: 'ui:getUserRules' }, optionsPage)).toEqual({ ok: true, data: { userRules: MINE } });
    // The page never gets the rules: it only reads; the background classifies with them.
    expect((await sendFrom({ type: 'content:getUserRules' }, tab(7))).ok).toBe(false);
    const open = await fakeBrowser.tabs.query({});
    await vi.waitFor(() => expect(sendToTab).toHaveBeenCalledTimes(open.length));
    for (const t of tabs) expect(sendToTab).toHaveBeenCalledWith(t.id, { type: 'bg:analyze' });
  });

  it('refuses an invalid value saying what is wrong, and saves from extension pages only', async () => {
    const bad = { ...MINE, weights: { negotiate: 7 } };
    const refused = await sendFrom({ type: 'ui:saveUserRules', userRules: bad }, optionsPage);
    expect(refused).toEqual({ ok: false, error: 'malformed ui:saveUserRules: weights are 0 to 3' });
    const hostile = { ...MINE, added: [{ ...MINE.added[0], phrases: ['x'.repeat(10_000)] }] };
    expect((await sendFrom({ type: 'ui:saveUserRules', userRules: hostile }, optionsPage)).error).toContain('a phrase has at most 80 characters');
    expect((await sendFrom({ type: 'ui:saveUserRules', userRules: MINE }, tab(7))).ok).toBe(false);
    expect((await sendFrom({ type: 'ui:getUserRules' }, optionsPage)).data).toEqual({ userRules: EMPTY_USER_RULES });
  });
});

describe('page analysis with the user’s rules', () => {
  const freshDb = freshDbs('page-user-rules');
  it('the background analyses what the page sends with the rules in force, and again after a change', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    const url = 'https://northwind.example/careers/ops';
    backgroundBehindPage(freshDb(), () => url);
    const html = readFileSync(resolve(__dirname, '../fixtures/pages/jsonld-posting.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const analysis = async (): Promise<Analysis> => ((await sendFrom({ type: 'ui:getTabAnalysis', tabId: TAB_ID }, optionsPage)).data as { analysis: Analysis }).analysis;
    const task = (a: Analysis, start: string) => a.tasks.find((t) => t.text.startsWith(start));

    const page = createPageAnalysis(doc, () => url);
    await page.run();
    const before = await analysis();
    expect(task(before, 'Negotiate')?.rules).toContain('negotiate');

    expect((await sendFrom({ type: 'ui:saveUserRules', userRules: MINE }, optionsPage)).ok).toBe(true);
    await page.run(true); // what bg:analyze does after a save
    const after = await analysis();
    expect(task(after, 'Negotiate')?.rules).not.toContain('negotiate');
    expect(task(after, 'Coach')?.rules).toContain('user-coach');
    expect(task(after, 'Coach')!.exposure).toBeGreaterThan(task(before, 'Coach')!.exposure);

    expect((await sendFrom({ type: 'ui:saveUserRules', userRules: EMPTY_USER_RULES }, optionsPage)).ok).toBe(true);
    await page.run(true);
    expect(task(await analysis(), 'Negotiate')?.rules).toContain('negotiate');
    page.remove();
  });
});

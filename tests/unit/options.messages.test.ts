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

  it('saves from the options page, answers the page and content scripts, and re-analyses every tab', async () => {
    const tabs = [await fakeBrowser.tabs.create({ url: 'https://example.com/jobs/1' }), await fakeBrowser.tabs.create({ url: 'https://example.com/jobs/2' })];
    const sendToTab = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, data: {} });
    expect(await sendFrom({ type: 'ui:getUserRules' }, optionsPage)).toEqual({ ok: true, data: { userRules: EMPTY_USER_RULES } });
    expect(await sendFrom({ type: 'ui:saveUserRules', userRules: MINE }, optionsPage)).toEqual({ ok: true, data: { userRules: MINE } });
    expect(await sendFrom({ type: 'ui:getUserRules' }, optionsPage)).toEqual({ ok: true, data: { userRules: MINE } });
    expect(await sendFrom({ type: 'content:getUserRules' }, tab(7))).toEqual({ ok: true, data: { userRules: MINE } });
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
  it('fetches the rules at start, re-analyses with them, and again when asked after a change', async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
    let stored: UserRules = EMPTY_USER_RULES;
    const analyses: Analysis[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw: unknown) => {
      const msg = raw as { type: string; analysis?: Analysis };
      if (msg.type === 'content:getUserRules') return { ok: true, data: { userRules: stored } };
      if (msg.type === 'content:analysis' && msg.analysis) analyses.push(msg.analysis);
      return { ok: true, data: { stored: true } };
    });
    const html = readFileSync(resolve(__dirname, '../fixtures/pages/jsonld-posting.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const negotiate = (a: Analysis | undefined) => a?.tasks.find((t) => t.text.startsWith('Negotiate'));

    stored = MINE;
    const page = createPageAnalysis(doc, () => 'https://northwind.example/careers/ops');
    const first = page.run();
    expect(negotiate(first)?.rules).toContain('negotiate');
    await vi.waitFor(() => expect(negotiate(analyses.at(-1))?.rules).not.toContain('negotiate'));
    const coach = analyses.at(-1)?.tasks.find((t) => t.text.startsWith('Coach'));
    expect(coach?.rules).toContain('user-coach');
    expect(coach?.exposure).toBeGreaterThan(first.tasks.find((t) => t.text.startsWith('Coach'))!.exposure);

    stored = EMPTY_USER_RULES;
    const count = analyses.length;
    page.run(true); // what bg:analyze does after a save
    await vi.waitFor(() => expect(analyses.length).toBe(count + 2));
    expect(negotiate(analyses.at(-1))?.rules).toContain('negotiate');
    page.remove();
  });
});

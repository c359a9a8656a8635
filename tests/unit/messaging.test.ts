import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundListener, peerListener, type Handlers } from '../../messaging/handler';
import { parseResponse, send } from '../../messaging/client';
import type { Sender } from '../../messaging/senders';
import { fakeRead } from '../fixtures/analysis';

const ORIGIN = 'chrome-extension://test-extension-id/';
const fromPanel: Sender = { id: 'test-extension-id', url: `${ORIGIN}sidepanel.html` };
const fromPanelTab: Sender = { ...fromPanel, url: `${ORIGIN}sidepanel.html?tab=3`, tab: { id: 9, url: `${ORIGIN}sidepanel.html?tab=3` } as Sender['tab'] };
const fromPage: Sender = { id: 'test-extension-id', url: 'https://boards.greenhouse.io/acme/jobs/1', tab: { id: 3, url: 'https://boards.greenhouse.io/acme/jobs/1' } as Sender['tab'] };
const fromBackground: Sender = { id: 'test-extension-id', url: `${ORIGIN}background.js` };

const handlers: Handlers = {
  'ui:getProfile': () => ({ profile: { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'en' } }),
  'content:cards': ({ cards }, sender) => ({ cards: cards.map(({ id }) => ({ id, exposure: sender.tab?.id === 3 ? 0.5 : null, label: null, occupation: null })) }),
  'ui:listHistory': () => {
    throw new Error('db closed');
  },
};

/** Deliver like the browser does: the answer only comes through sendResponse. */
async function deliver(raw: unknown, sender: Sender, h: Handlers = handlers) {
  const sendResponse = vi.fn();
  const kept = backgroundListener(h, ORIGIN)(raw, sender, sendResponse);
  await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledOnce());
  return { kept, response: sendResponse.mock.calls[0]?.[0] };
}

beforeEach(() => fakeBrowser.reset());

describe('background listener', () => {
  it('answers a valid ui message from the side panel through sendResponse and keeps the channel open', async () => {
    const { kept, response } = await deliver({ type: 'ui:getProfile' }, fromPanel);
    expect(kept).toBe(true);
    expect(response).toEqual({ ok: true, data: { profile: { skills: [{ id: 'sql', level: 'working', source: 'manual' }], targetRoles: [], language: 'en' } } });
  });

  it('accepts ui messages from the side panel opened as a tab', async () => {
    expect((await deliver({ type: 'ui:getProfile' }, fromPanelTab)).response.ok).toBe(true);
  });

  it('accepts a content message with a valid payload from a tab', async () => {
    const { response } = await deliver({ type: 'content:cards', cards: [{ id: '1', title: 'Nurse', company: null }] }, fromPage);
    expect(response).toEqual({ ok: true, data: { cards: [{ id: '1', exposure: 0.5, label: null, occupation: null }] } });
  });

  it.each([
    ['an unknown type', { type: 'content:steal' }, /unknown message type: content:steal/],
    ['no type', { hello: 1 }, /malformed message/],
    ['a non-object', 'ui:getProfile', /malformed message/],
    ['null', null, /malformed message/],
  ])('answers %s with an error', async (_, raw, error) => {
    const { kept, response } = await deliver(raw, fromPanel);
    expect(kept).toBe(true);
    expect(response).toEqual({ ok: false, error: expect.stringMatching(error) });
  });

  it('rejects a malformed payload of a known type', async () => {
    const bad = { type: 'content:posting', read: { ...fakeRead(), kind: 'maybe' } };
    expect((await deliver(bad, fromPage)).response).toEqual({ ok: false, error: expect.stringMatching(/^malformed content:posting/) });
    const huge = { type: 'content:posting', read: { ...fakeRead(), posting: { ...fakeRead().posting!, title: 'x'.repeat(1_000_000) } } };
    expect((await deliver(huge, fromPage)).response).toEqual({ ok: false, error: expect.stringMatching(/^malformed content:posting/) });
    expect((await deliver({ type: 'ui:getTabAnalysis', tabId: 'one' }, fromPanel)).response.ok).toBe(false);
  });

  it.each([
    ['ui message from a web page', { type: 'ui:getProfile' }, fromPage],
    ['ui message from a page claiming our URL in a web tab', { type: 'ui:getProfile' }, { ...fromPanel, tab: fromPage.tab }],
    ['content message from an extension page', { type: 'content:openSidebar' }, fromPanel],
    ['bg message sent to the background', { type: 'bg:analyze' }, fromPage],
  ])('refuses a %s', async (_, raw, sender) => {
    expect((await deliver(raw, sender)).response).toEqual({ ok: false, error: expect.stringMatching(/must come from|sent by the background/) });
  });

  it('turns a handler failure and a missing handler into errors', async () => {
    expect((await deliver({ type: 'ui:listHistory' }, fromPanel)).response).toEqual({ ok: false, error: 'db closed' });
    expect((await deliver({ type: 'ui:saveProfile', profile: { skills: [], targetRoles: [], language: 'en' } }, fromPanel)).response).toEqual({
      ok: false,
      error: 'no handler for ui:saveProfile',
    });
  });
});

describe('peer listener (content scripts and pages)', () => {
  const peer = peerListener({ 'bg:analyze': () => ({ sent: true }) }, 'test-extension-id');

  it('stays silent on messages meant for the background', () => {
    const sendResponse = vi.fn();
    expect(peer({ type: 'content:posting', read: fakeRead() }, fromPage, sendResponse)).toBeUndefined();
    expect(peer({ type: 'bg:tabAnalysisChanged', tabId: 1 }, fromBackground, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers bg messages from the background only', async () => {
    const ok = vi.fn();
    expect(peer({ type: 'bg:analyze' }, fromBackground, ok)).toBe(true);
    await vi.waitFor(() => expect(ok).toHaveBeenCalledWith({ ok: true, data: { sent: true } }));
    const refused = vi.fn();
    peer({ type: 'bg:analyze' }, fromPage, refused);
    await vi.waitFor(() => expect(refused).toHaveBeenCalledWith({ ok: false, error: expect.any(String) }));
  });
});

describe('send helper', () => {
  it('returns typed data from a valid answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true, data: { items: [], more: false } });
    const result = await send({ type: 'ui:listHistory' });
    expect(result).toEqual({ ok: true, data: { items: [], more: false } });
  });

  it('turns no answer, a bad answer and a rejected send into errors', async () => {
    expect(parseResponse('ui:getProfile', undefined)).toEqual({ ok: false, error: 'no valid answer to ui:getProfile' });
    expect(parseResponse('ui:getProfile', { ok: true, data: { profile: 'me' } })).toEqual({ ok: false, error: 'malformed answer to ui:getProfile' });
    expect(parseResponse('ui:getProfile', { ok: false, error: 'nope' })).toEqual({ ok: false, error: 'nope' });
    expect(parseResponse('ui:getProfile', { ok: false, error: 'storage full: quota', code: 'storage-full' })).toEqual({ ok: false, error: 'storage full: quota', code: 'storage-full' });
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    expect(await send({ type: 'ui:getProfile' })).toEqual({ ok: false, error: 'Could not establish connection' });
  });
});

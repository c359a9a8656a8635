// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { triggerMessage } from '../fixtures/trigger-message';
import { createPageAnalysis, isOwnMutation } from '../../entrypoints/shared/page-analysis';
import { hostSelector, shadowOf } from '../../components/badge-host';
import { createCardBadgeHost } from '../../components/CardBadgeHost';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setupJobsPage } from '../../entrypoints/shared/jobs-page';
import { analyzeRead } from '../../engine/analyze';
import type { Analysis, PageRead } from '../../engine/types';
import { PageReadSchema } from '../../messaging/page-read';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';
import { backgroundBehindPage, TAB_ID } from '../fixtures/page-background';
import { hasShared, FIXTURE_PAGES, SHARED_PAGES } from '../sites/helpers';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

const freshDb = freshDbs('content');
let url = 'https://northwind.example/careers/ops';
let sent: { type: string }[];
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  ({ sent } = backgroundBehindPage(freshDb(), () => url));
});

const BADGE_TAG = hostSelector('posting');
const host = (doc: Document) => doc.querySelector(BADGE_TAG) as HTMLElement | null;
/** The figures on the button inside the closed shadow root: only the extension reads them. */
const figures = (doc: Document) => (host(doc) && shadowOf(host(doc)!)?.querySelector('button')?.dataset) ?? undefined;
const postingsSent = () => sent.filter((m) => m.type === 'content:posting') as unknown as { type: string; read: PageRead }[];
/** What the background keeps for the tab: the analysis the side panel reads. */
const tabAnalysis = async (): Promise<Analysis> => ((await fromPanel({ type: 'ui:getTabAnalysis', tabId: TAB_ID })).data as { analysis: Analysis }).analysis;

describe('content script page analysis (our fixtures)', () => {
  it('reads a JSON-LD posting on a page no adapter covers, shows a quiet badge, sends what it read, draws the answer', async () => {
    const doc = load(`${FIXTURE_PAGES}jsonld-posting.html`);
    const running = createPageAnalysis(doc, () => url).run();
    // Drawn before any answer: the page never waits for the engine.
    expect(host(doc)?.dataset.skillshiftState).toBe('loading');
    const read = await running;
    expect(read.posting?.title).toBe('Operations Coordinator');
    const [message] = postingsSent();
    // The page sends the posting as read (sections of text), not an analysis: it parses to itself.
    expect(PageReadSchema.parse(message!.read)).toEqual(message!.read);
    expect(message!.read.posting?.sections.length).toBeGreaterThan(0);
    const analysis = await tabAnalysis();
    expect(analysis).toEqual(analyzeRead(message!.read));
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('ready');
    expect(figures(doc)?.exposure).toBe(analysis.exposure?.score.toFixed(2));
    const { automatable, augmentable, 'human-led': human } = analysis.exposure!.counts;
    expect(figures(doc)?.counts).toBe(`${automatable},${augmentable},${human}`);
    expect(badge?.hasAttribute('data-corner')).toBe(true);
  });

  it("says it couldn't read a page without a posting, with no score", async () => {
    url = 'https://bakery.example/about';
    const doc = load(`${FIXTURE_PAGES}no-posting.html`);
    const running = createPageAnalysis(doc, () => url).run();
    expect(host(doc)?.dataset.skillshiftState).toBe('unreadable');
    await running;
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('unreadable');
    expect(figures(doc)?.exposure).toBeUndefined();
    expect(shadowOf(badge!)?.textContent).toContain('badgeUnreadable');
    expect(postingsSent()[0]?.read.posting).toBeNull();
    expect((await tabAnalysis()).kind).toBe('none');
  });

  it('says a posting read whole lists no duties, with no score, instead of "couldn\'t read"', async () => {
    url = 'https://crumbs.example/jobs/baker';
    const ld = JSON.stringify({ '@type': 'JobPosting', title: 'Baker', hiringOrganization: { name: 'Crumbs' }, description: '<p>Full-time, 25,000 GBP a year.</p>' });
    const doc = new DOMParser().parseFromString(`<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Baker</h1><p>Full-time, 25,000 GBP a year.</p></body></html>`, 'text/html');
    const read = await createPageAnalysis(doc, () => url).run();
    expect(read.posting?.title).toBe('Baker');
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('no-duties');
    expect(figures(doc)?.exposure).toBeUndefined();
    expect(shadowOf(badge!)?.textContent).toContain('badgeNoDuties');
    expect((await tabAnalysis()).exposure).toBeNull();
  });

  it('does not re-send or re-draw when nothing changed, unless forced', async () => {
    url = 'https://northwind.example/careers/ops';
    const doc = load(`${FIXTURE_PAGES}jsonld-posting.html`);
    const page = createPageAnalysis(doc, () => url);
    await page.run();
    const first = host(doc);
    await page.run();
    expect(postingsSent()).toHaveLength(1);
    expect(host(doc)).toBe(first);
    await page.run(true);
    expect(postingsSent()).toHaveLength(2);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('a scripted click on the badge opens nothing: only a person\'s click asks for the sidebar', async () => {
    const doc = load(`${FIXTURE_PAGES}jsonld-posting.html`);
    await createPageAnalysis(doc, () => url).run();
    for (let i = 0; i < 5; i++) shadowOf(host(doc)!)?.querySelector('button')?.click();
    expect(sent.filter((m) => m.type === 'content:openSidebar')).toEqual([]);
  });

  it('a page too big for one message is cut to the bounds, never dropped', async () => {
    url = 'https://northwind.example/careers/huge';
    const lines = Array.from({ length: 3_000 }, (_, i) => `<li>Prepare report number ${i} for the board ${'x'.repeat(50)}</li>`).join('');
    const doc = new DOMParser().parseFromString(
      `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: 'T'.repeat(5_000), description: `<h2>Responsibilities</h2><ul>${lines}</ul>` })}</script></head><body><h1>Clerk</h1></body></html>`,
      'text/html',
    );
    await createPageAnalysis(doc, () => url).run();
    const [message] = postingsSent();
    expect(message!.read.posting!.title.length).toBe(500);
    expect(message!.read.posting!.sections.flatMap((s) => s.lines).length).toBe(1_500);
    expect(host(doc)?.dataset.skillshiftState).toBe('ready');
  });

  it('a page too large to read: the badge says so, the background gets the reason, nothing else is read', async () => {
    url = 'https://northwind.example/careers/vast';
    const doc = load(`${FIXTURE_PAGES}jsonld-posting.html`);
    doc.body.append(doc.createTextNode('manage the team '.repeat(130_000)));
    await createPageAnalysis(doc, () => url).run();
    expect(host(doc)?.dataset.skillshiftState).toBe('too-large');
    expect(shadowOf(host(doc)!)?.textContent).toContain('badgeTooLarge');
    const [message] = postingsSent();
    expect(message!.read).toMatchObject({ kind: 'none', posting: null, cards: [], reason: expect.stringMatching(/too large to read \(\d+ characters\)/) });
    expect((await tabAnalysis()).kind).toBe('none');
  });

  it('ignores mutations made by its own badge', () => {
    const badge = createCardBadgeHost(document);
    // A copy of our markup made by the page is the page's own.
    const other = badge.cloneNode() as HTMLElement;
    const record = (target: Node, added: Node[]) => ({ target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(isOwnMutation(record(document.body, [badge]))).toBe(true);
    expect(isOwnMutation(record(badge, []))).toBe(true);
    expect(isOwnMutation(record(document.body, [other]))).toBe(false);
  });
});

describe.skipIf(!hasShared)('content script on saved board pages (../shared)', () => {
  if (!hasShared) console.warn(`skipped: ${SHARED_PAGES} is absent`);

  it('Greenhouse: badge right after the posting title', async () => {
    url = 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007?gh_src=52f6efd97us';
    const doc = load(`${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`);
    await createPageAnalysis(doc, () => url).run();
    const analysis = await tabAnalysis();
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('ready');
    expect(badge?.previousElementSibling?.textContent).toContain('Senior Staff AI Engineer');
    expect(Number(figures(doc)?.exposure)).toBeCloseTo(analysis.exposure!.score, 2);
    expect(figures(doc)?.counts?.split(',').map(Number).reduce((a, b) => a + b)).toBe(analysis.tasks.length - analysis.exposure!.unclear);
  });

  it('a JSON-LD posting on a board without adapter (Lever)', async () => {
    url = 'https://jobs.lever.co/welocalize/d1348395-cd06-4c96-a35f-8c7681ccae76';
    const doc = load(`${SHARED_PAGES}lever/welocalize-software-engineer-jsonld.html`);
    const read = await createPageAnalysis(doc, () => url).run();
    expect(read.posting?.title).toBe('Software Engineer');
    expect(host(doc)?.dataset.skillshiftState).toBe('ready');
  });
});

describe('jobs content script main', () => {
  it('re-reads when the posting arrives later, answers bg:analyze, and cleans up on invalidation', async () => {
    url = document.location.href;
    document.body.innerHTML = '<main id="root"></main>';
    const ctx = new ContentScriptContext('jobs');
    setupJobsPage(ctx);
    // The first read waits for a task of its own.
    expect(host(document)).toBeNull();
    await vi.waitFor(() => expect(host(document)?.dataset.skillshiftState).toBe('unreadable'));

    const posting = load(`${FIXTURE_PAGES}jsonld-posting.html`);
    const script = posting.querySelector('script[type="application/ld+json"]')!;
    const late = document.createElement('script');
    late.type = 'application/ld+json';
    late.textContent = script.textContent;
    document.getElementById('root')!.append(late);
    await vi.waitFor(() => expect(host(document)?.dataset.skillshiftState).toBe('ready'), { timeout: 3000 });
    expect(postingsSent().at(-1)?.read.posting?.title).toBe('Operations Coordinator');

    const before = postingsSent().length;
    const sendResponse = vi.fn();
    await triggerMessage({ type: 'bg:analyze' }, { id: fakeBrowser.runtime.id }, sendResponse);
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: { sent: true } });
    await vi.waitFor(() => expect(postingsSent().length).toBe(before + 1));
    // A web page can't ask the content script to re-read.
    const refused = vi.fn();
    await triggerMessage({ type: 'bg:analyze' }, { id: fakeBrowser.runtime.id, tab: { id: 3 } }, refused);
    expect(refused).toHaveBeenCalledWith({ ok: false, error: expect.stringMatching(/background only/) });

    ctx.abort();
    expect(host(document)).toBeNull();
    // Its listener is gone with it: a bg:analyze now makes it send nothing.
    const after = postingsSent().length;
    await triggerMessage({ type: 'bg:analyze' }, { id: fakeBrowser.runtime.id }, vi.fn());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(postingsSent()).toHaveLength(after);
  });

  it("a page dispatching WXT's started event doesn't stop it; a newer script of ours stops the older one", async () => {
    url = document.location.href;
    document.body.innerHTML = '<main id="root"></main>';
    const ctx = new ContentScriptContext('jobs');
    setupJobsPage(ctx);
    const type = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    expect(type).toMatch(/:wxt:content-script-started$/);
    const forged = { contentScriptName: 'jobs', messageId: 'page' };
    document.dispatchEvent(new CustomEvent(type, { detail: forged }));
    document.body.dispatchEvent(new CustomEvent(type, { detail: forged, bubbles: true }));
    window.postMessage({ type, ...forged }, '*');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ctx.isValid).toBe(true);
    expect(host(document)).not.toBeNull();

    const newer = new ContentScriptContext('jobs');
    setupJobsPage(newer);
    expect(ctx.isValid).toBe(false);
    expect(newer.isValid).toBe(true);
    await vi.waitFor(() => expect(document.querySelectorAll(BADGE_TAG)).toHaveLength(1));
    newer.abort();
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { triggerMessage } from '../fixtures/trigger-message';
import { createPageAnalysis, isOwnMutation } from '../../entrypoints/shared/page-analysis';
import { BADGE_TAG } from '../../components/mountBadge';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { setupJobsPage } from '../../entrypoints/jobs.content/index';
import type { Analysis } from '../../engine/types';
import { MessageSchema } from '../../messaging/protocol';
import { hasShared, OWN_PAGES, SHARED_PAGES } from '../sites/helpers';

function load(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
}

let sent: unknown[];
beforeEach(() => {
  fakeBrowser.reset();
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return { ok: true, data: { stored: true } };
  });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
});

const host = (doc: Document) => doc.querySelector(BADGE_TAG) as HTMLElement | null;
const sentAnalysis = () => (sent.at(-1) as { type: string; analysis: Analysis } | undefined);

describe('content script page analysis (our fixtures)', () => {
  it('reads a JSON-LD posting on a page no adapter covers, badges it and sends the analysis', () => {
    const doc = load(`${OWN_PAGES}jsonld-posting.html`);
    const analysis = createPageAnalysis(doc, () => 'https://northwind.example/careers/ops').run();
    expect(analysis.posting?.title).toBe('Operations Coordinator');
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('ready');
    expect(badge?.dataset.exposure).toBe(analysis.exposure?.score.toFixed(2));
    const { automatable, augmentable, 'human-led': human } = analysis.exposure!.counts;
    expect(badge?.dataset.counts).toBe(`${automatable},${augmentable},${human}`);
    expect(badge?.hasAttribute('data-corner')).toBe(true);
    expect(sentAnalysis()).toEqual({ type: 'content:analysis', analysis });
    // What the background parses on arrival is exactly what the engine produced: no field dropped.
    expect(MessageSchema.parse(sentAnalysis())).toEqual(sentAnalysis());
  });

  it("says it couldn't read a page without a posting, with no score", () => {
    const doc = load(`${OWN_PAGES}no-posting.html`);
    createPageAnalysis(doc, () => 'https://bakery.example/about').run();
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('unreadable');
    expect(badge?.hasAttribute('data-exposure')).toBe(false);
    expect(badge?.shadowRoot?.textContent).toContain('badgeUnreadable');
    expect(sentAnalysis()?.analysis.posting).toBeNull();
  });

  it('does not re-send or re-render when nothing changed, unless forced', () => {
    const doc = load(`${OWN_PAGES}jsonld-posting.html`);
    const page = createPageAnalysis(doc, () => 'https://northwind.example/careers/ops');
    page.run();
    const first = host(doc);
    page.run();
    // Only analyses count here: the page also asks for the user's rules (content:getUserRules).
    const analysesSent = () => sent.filter((m) => (m as { type: string }).type === 'content:analysis');
    expect(analysesSent()).toHaveLength(1);
    expect(host(doc)).toBe(first);
    page.run(true);
    expect(analysesSent()).toHaveLength(2);
    expect(doc.querySelectorAll(BADGE_TAG)).toHaveLength(1);
  });

  it('clicking the badge asks the background to open the sidebar', () => {
    const doc = load(`${OWN_PAGES}jsonld-posting.html`);
    createPageAnalysis(doc, () => 'https://northwind.example/careers/ops').run();
    host(doc)?.shadowRoot?.querySelector('button')?.click();
    expect(sent.at(-1)).toEqual({ type: 'content:openSidebar' });
  });

  it('ignores mutations made by its own badge', () => {
    const badge = document.createElement(BADGE_TAG);
    const other = document.createElement('div');
    const record = (target: Node, added: Node[]) => ({ target, addedNodes: added, removedNodes: [] }) as unknown as MutationRecord;
    expect(isOwnMutation(record(document.body, [badge]))).toBe(true);
    expect(isOwnMutation(record(badge, []))).toBe(true);
    expect(isOwnMutation(record(document.body, [other]))).toBe(false);
  });
});

describe.skipIf(!hasShared)('content script on saved board pages (../shared)', () => {
  if (!hasShared) console.warn(`skipped: ${SHARED_PAGES} is absent`);

  it('Greenhouse: badge right after the posting title', () => {
    const url = 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007?gh_src=52f6efd97us';
    const doc = load(`${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`);
    const analysis = createPageAnalysis(doc, () => url).run();
    const badge = host(doc);
    expect(badge?.dataset.skillshiftState).toBe('ready');
    expect(badge?.previousElementSibling?.textContent).toContain('Senior Staff AI Engineer');
    expect(Number(badge?.dataset.exposure)).toBeCloseTo(analysis.exposure!.score, 2);
    expect(badge?.dataset.counts?.split(',').map(Number).reduce((a, b) => a + b)).toBe(analysis.tasks.length - analysis.exposure!.unclear);
    expect(MessageSchema.parse(sentAnalysis())).toEqual(sentAnalysis());
  });

  it('a JSON-LD posting on a board without adapter (Lever)', () => {
    const url = 'https://jobs.lever.co/welocalize/d1348395-cd06-4c96-a35f-8c7681ccae76';
    const doc = load(`${SHARED_PAGES}lever/welocalize-software-engineer-jsonld.html`);
    const analysis = createPageAnalysis(doc, () => url).run();
    expect(analysis.posting?.title).toBe('Software Engineer');
    expect(host(doc)?.dataset.skillshiftState).toBe('ready');
  });
});

describe('jobs content script main', () => {
  it('re-analyses when the posting arrives later, answers bg:analyze, and cleans up on invalidation', async () => {
    document.body.innerHTML = '<main id="root"></main>';
    const ctx = new ContentScriptContext('jobs');
    setupJobsPage(ctx);
    expect(host(document)?.dataset.skillshiftState).toBe('unreadable');

    const posting = load(`${OWN_PAGES}jsonld-posting.html`);
    const script = posting.querySelector('script[type="application/ld+json"]')!;
    const late = document.createElement('script');
    late.type = 'application/ld+json';
    late.textContent = script.textContent;
    document.getElementById('root')!.append(late);
    await vi.waitFor(() => expect(host(document)?.dataset.skillshiftState).toBe('ready'), { timeout: 3000 });
    expect(sentAnalysis()?.analysis.posting?.title).toBe('Operations Coordinator');

    const sendResponse = vi.fn();
    await triggerMessage({ type: 'bg:analyze' }, { id: fakeBrowser.runtime.id }, sendResponse);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: { analysis: expect.objectContaining({ kind: 'posting' }) } }));

    ctx.abort();
    expect(host(document)).toBeNull();
    expect((fakeBrowser.runtime.onMessage as unknown as { hasListeners(): boolean }).hasListeners()).toBe(false);
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://jobs.lanternfish.example/en/search-jobs?k=analyst","settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import anySiteScript from '../../entrypoints/anysite.content';
import { hostSelector } from '../../components/badge-host';
import type { PageRead } from '../../engine/types';
import { freshDbs } from '../fixtures/fresh-db';
import { backgroundBehindPage } from '../fixtures/page-background';
import { FIXTURE_PAGES } from '../sites/helpers';

// The script the background injects while "read job postings on any site" is granted, on a page no board script covers.
const freshDb = freshDbs('anysite');
let sent: { type: string }[];
let ctx: ContentScriptContext;
const CARD_BADGES = hostSelector('card');
const show = (file: string): void => {
  const page = new DOMParser().parseFromString(readFileSync(`${FIXTURE_PAGES}${file}`, 'utf8'), 'text/html');
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
};
const postings = () => sent.filter((m) => m.type === 'content:posting') as unknown as { read: PageRead }[];
const badged = (): string[] => [...document.querySelectorAll<HTMLElement>(CARD_BADGES)].map((h) => h.dataset.skillshiftCardId!);

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  ({ sent } = backgroundBehindPage(freshDb(), () => document.location.href));
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('skillshift.anysite')];
  ctx = new ContentScriptContext('anysite');
});
afterEach(() => ctx.abort());

describe('any-site script', () => {
  it('reads a Radancy career site on the company’s domain as a board’s page, and keeps watching it (its list grows, a job opens in place)', async () => {
    show('radancy-search-style.html');
    anySiteScript.main(ctx);
    await vi.waitFor(() => expect(badged().sort()).toEqual(['91234567001', '91234567003', '91234567890']));
    expect(postings()[0]?.read.cards.map((c) => c.id)).toEqual(['91234567890', '91234567001', '91234567003']);
    // A page of results loaded in place: its new item gets a badge without another injection.
    const item = document.querySelector('#search-results-list li')!.cloneNode(true) as Element;
    item.querySelector('a')!.setAttribute('data-job-id', '91234567999');
    item.querySelector('a')!.setAttribute('href', '/en/job/york/data-analyst/48210/91234567999');
    document.querySelector('#search-results-list ul')!.append(item);
    await vi.waitFor(() => expect(badged()).toContain('91234567999'), { timeout: 3000 });
    // A job opened in place (the site's own navigation, no page load): its posting is read by the adapter.
    history.pushState(null, '', '/en/job/leeds/data-analyst/48210/91234567890');
    show('radancy-style.html');
    await vi.waitFor(() => expect(postings().at(-1)?.read.posting?.title).toBe('Data Analyst'), { timeout: 3000 });
    expect(postings().at(-1)?.read).toMatchObject({ source: 'site:radancy', jobId: '91234567890' });
  });

  it('reads another page’s schema.org JobPosting', async () => {
    show('jsonld-posting.html');
    anySiteScript.main(ctx);
    await vi.waitFor(() => expect(postings()[0]?.read).toMatchObject({ source: 'json-ld', posting: { title: 'Operations Coordinator' } }));
  });

  it('leaves a page with neither a platform’s markup nor a JSON-LD posting as it is', async () => {
    show('no-posting.html');
    anySiteScript.main(ctx);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.filter((m) => m.type.startsWith('content:'))).toEqual([]);
    expect(document.querySelector(hostSelector('posting'))).toBeNull();
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://www.linkedin.com/jobs/search?keywords=clerk","settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PENDING } from '../../components/CardBadge';
import { hostSelector, shadowOf } from '../../components/badge-host';
import { matchTitle } from '../../engine/titles/match';
import { createCardBadges } from '../../entrypoints/shared/card-badges';
import { createPageAnalysis, isOwnMutation } from '../../entrypoints/shared/page-analysis';
import { setupJobsPage } from '../../entrypoints/shared/jobs-page';
import type { Analysis } from '../../engine/types';
import { fromPanel } from '../fixtures/background-session';
import { freshDbs } from '../fixtures/fresh-db';
import { backgroundBehindPage, TAB_ID } from '../fixtures/page-background';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

const OWN = resolve(__dirname, '../e2e/pages/linkedin-listing.html');
const URL_1 = 'https://www.linkedin.com/jobs/search?keywords=clerk';

const load = (file: string): Document => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
const CARD_BADGE_TAG = hostSelector('card');
const hosts = (doc: Document) => [...doc.querySelectorAll<HTMLElement>(CARD_BADGE_TAG)];
/** The badge inside a host's closed shadow root: its figures, which only the extension can read. */
const inside = (host: HTMLElement): HTMLElement => shadowOf(host)!.firstChild as HTMLElement;
const hostOf = (doc: Document, id: string) => hosts(doc).filter((h) => h.dataset.skillshiftCardId === id);
const cardEl = (doc: Document, id: string) => doc.querySelector(`[data-entity-urn="urn:li:jobPosting:${id}"]`)!;

const freshDb = freshDbs('cards');
let url = URL_1;
let sent: { type: string }[];
beforeEach(() => {
  fakeBrowser.reset();
  url = URL_1;
  ({ sent } = backgroundBehindPage(freshDb(), () => url));
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string, subs?: string | string[]) => `${key}:${[subs ?? []].flat().join(',')}`);
});
const tabAnalysis = async (): Promise<Analysis> => ((await fromPanel({ type: 'ui:getTabAnalysis', tabId: TAB_ID })).data as { analysis: Analysis }).analysis;

describe('card badges on a listing', () => {
  it('exactly one badge per card, inside the card after its title, in a shadow root; quiet until the answer', async () => {
    const doc = load(OWN);
    const running = createPageAnalysis(doc, () => URL_1).run();
    expect(hosts(doc).map((h) => inside(h).dataset.source)).toEqual(Array(6).fill('pending'));
    await running;
    const all = hosts(doc);
    expect(all).toHaveLength(6);
    expect(new Set(all.map((h) => h.dataset.skillshiftCardId)).size).toBe(6);
    for (const host of all) {
      const id = host.dataset.skillshiftCardId!;
      expect(cardEl(doc, id).contains(host)).toBe(true);
      expect(host.previousElementSibling?.classList.contains('base-search-card__title')).toBe(true);
      expect(shadowOf(host!)?.textContent).toMatch(/cardBadge/);
    }
  });

  it('title prior on unopened cards, the posting figure on the open one, "none" for an unknown title; one message for all', async () => {
    const doc = load(OWN);
    await createPageAnalysis(doc, () => URL_1).run();
    const analysis = await tabAnalysis();
    expect(sent.filter((m) => m.type === 'content:posting' || m.type === 'content:cards').map((m) => m.type)).toEqual(['content:posting']);
    const [open] = hostOf(doc, '4100000101');
    expect(inside(open!).dataset.source).toBe('posting');
    expect(inside(open!).dataset.exposure).toBe(analysis.exposure!.score.toFixed(2));
    const [nurse] = hostOf(doc, '4100000102');
    expect(inside(nurse!).dataset.source).toBe('title-prior');
    expect(inside(nurse!).dataset.exposure).toBe(matchTitle('Registered Nurse')!.exposure.score.toFixed(2));
    const [vibe] = hostOf(doc, '4100000105');
    expect(inside(vibe!).dataset.source).toBe('none');
    expect(inside(vibe!).hasAttribute('data-exposure')).toBe(false);
    expect(shadowOf(vibe!)?.textContent).toContain('cardBadgeNone');
  });

  it('re-running adds no duplicates; cloned cards (with our stale host copied) get exactly one live badge', async () => {
    const doc = load(OWN);
    const page = createPageAnalysis(doc, () => URL_1);
    await page.run();
    await page.run(true);
    const list = doc.querySelector('ul')!;
    const clone = list.lastElementChild!.cloneNode(true) as Element;
    clone.querySelector('[data-entity-urn]')!.setAttribute('data-entity-urn', 'urn:li:jobPosting:4100000199');
    clone.querySelector('h3')!.textContent = 'Plumber';
    list.append(clone);
    expect(page.syncCards()).toBe(1);
    expect(hosts(doc)).toHaveLength(7);
    const [added] = hostOf(doc, '4100000199');
    expect(shadowOf(added!)).not.toBeNull();
    // Its title was new: a quiet badge, then the background's estimate.
    await vi.waitFor(() => expect(inside(added!).dataset.exposure).toBe(matchTitle('Plumber')!.exposure.score.toFixed(2)));
    expect(page.syncCards()).toBe(0);
  });

  it('a recycled card element (new id and title) keeps its one badge, updated', async () => {
    const doc = load(OWN);
    const page = createPageAnalysis(doc, () => URL_1);
    await page.run();
    const el = cardEl(doc, '4100000102');
    const [before] = hostOf(doc, '4100000102');
    el.setAttribute('data-entity-urn', 'urn:li:jobPosting:4100000177');
    el.querySelector('h3')!.textContent = 'Blorf Quantum Wizard';
    page.syncCards();
    expect(hostOf(doc, '4100000102')).toHaveLength(0);
    const [after] = hostOf(doc, '4100000177');
    expect(after).toBe(before);
    await vi.waitFor(() => expect(inside(after!).dataset.source).toBe('none'));
    expect(el.querySelectorAll(CARD_BADGE_TAG)).toHaveLength(1);
  });

  it('a site re-render that drops our badge gets it back; remove() clears all', async () => {
    const doc = load(OWN);
    const page = createPageAnalysis(doc, () => URL_1);
    await page.run();
    hostOf(doc, '4100000103')[0]!.remove();
    await page.run();
    expect(hostOf(doc, '4100000103')).toHaveLength(1);
    page.remove();
    expect(hosts(doc)).toHaveLength(0);
  });

  it("goes beside the adapter's title element (outside its link), else beside the heading holding the title", () => {
    const doc = new DOMParser().parseFromString(
      `<ul><li id="a"><h3>Nurse</h3><p><a href="/1"><span class="x">Nurse</span></a> (ICU)</p></li><li id="b"><div><h3>Welder</h3></div><p>Welder</p></li></ul>`,
      'text/html',
    );
    const [a, b] = [doc.getElementById('a')!, doc.getElementById('b')!];
    const say = (key: string) => key;
    const cards = [
      { id: '1', title: 'Nurse', company: null, location: null, element: a, titleElement: a.querySelector('.x')! },
      { id: '2', title: 'Welder', company: null, location: null, element: b },
    ];
    expect(createCardBadges(doc, say).sync(cards, () => PENDING)).toEqual({ changed: 2, left: 0 });
    expect(a.querySelector(CARD_BADGE_TAG)!.previousElementSibling?.tagName).toBe('A');
    expect(b.querySelector(CARD_BADGE_TAG)!.previousElementSibling?.tagName).toBe('H3');
  });

  it('places at most the room it is given of new badges per pass; the next passes place the rest', () => {
    const doc = new DOMParser().parseFromString(`<ul>${Array.from({ length: 5 }, (_, i) => `<li id="c${i}"><h3>Nurse ${i}</h3></li>`).join('')}</ul>`, 'text/html');
    const cards = Array.from({ length: 5 }, (_, i) => ({ id: String(i), title: `Nurse ${i}`, company: null, location: null, element: doc.getElementById(`c${i}`)! }));
    const badges = createCardBadges(doc, (key: string) => key);
    expect(badges.sync(cards, () => PENDING, 2)).toEqual({ changed: 2, left: 3 });
    expect(hosts(doc).map((h) => h.dataset.skillshiftCardId)).toEqual(['0', '1']);
    expect(badges.sync(cards, () => PENDING, 2)).toEqual({ changed: 2, left: 1 });
    expect(badges.sync(cards, () => PENDING, 2)).toEqual({ changed: 1, left: 0 });
    expect(hosts(doc)).toHaveLength(5);
  });

  it("a pass out of time places ten new badges and leaves the rest to the next; badges already placed don't count", () => {
    const doc = new DOMParser().parseFromString(`<ul>${Array.from({ length: 25 }, (_, i) => `<li id="c${i}"><h3>Nurse ${i}</h3></li>`).join('')}</ul>`, 'text/html');
    const cards = Array.from({ length: 25 }, (_, i) => ({ id: String(i), title: `Nurse ${i}`, company: null, location: null, element: doc.getElementById(`c${i}`)! }));
    const badges = createCardBadges(doc, (key: string) => key);
    const outOfTime = () => false;
    expect(badges.sync(cards, () => PENDING, Infinity, outOfTime)).toEqual({ changed: 10, left: 15 });
    expect(badges.sync(cards, () => PENDING, Infinity, outOfTime)).toEqual({ changed: 10, left: 5 });
    expect(badges.sync(cards, () => PENDING, Infinity, () => true)).toEqual({ changed: 5, left: 0 });
    expect(hosts(doc)).toHaveLength(25);
  });

  it('a listing of 206 cards gets its badges a pass at a time, the first cards first, all of them in the end', async () => {
    const doc = load(OWN);
    const list = doc.querySelector('ul')!;
    const template = list.querySelector('li')!;
    for (let i = 0; i < 200; i++) {
      const copy = template.cloneNode(true) as HTMLElement;
      copy.querySelector('[data-entity-urn]')!.setAttribute('data-entity-urn', `urn:li:jobPosting:${4300000000 + i}`);
      copy.querySelector('h3')!.textContent = `Welder ${i}`;
      list.append(copy);
    }
    const page = createPageAnalysis(doc, () => URL_1);
    void page.run();
    const first = hosts(doc).length;
    expect(first).toBeLessThan(206);
    expect(first).toBeGreaterThan(0);
    await vi.waitFor(() => expect(hosts(doc)).toHaveLength(206), { timeout: 15_000 });
    page.remove();
  });

  it('our card badge mutations are ignored by the observer', async () => {
    const doc = load(OWN);
    await createPageAnalysis(doc, () => URL_1).run();
    const host = hosts(doc)[0]!;
    expect(isOwnMutation({ target: host.parentElement!, addedNodes: [host], removedNodes: [] } as unknown as MutationRecord)).toBe(true);
  });

  it.skipIf(!hasShared)('saved LinkedIn SEO listing: 25 cards, 25 badges, one each', async () => {
    url = 'https://www.linkedin.com/jobs/data-engineer-jobs-new-york';
    const doc = load(`${SHARED_PAGES}linkedin/guest-seo-search-data-engineer-ny.html`);
    await createPageAnalysis(doc, () => url).run();
    const ids = hosts(doc).map((h) => h.dataset.skillshiftCardId);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(hosts(doc).every((h) => ['title-prior', 'none'].includes(inside(h).dataset.source!))).toBe(true);
  });
});

describe('jobs content script on a listing', () => {
  it('cards appended later get badges; in-app navigation to another job moves the posting figure', async () => {
    const src = load(OWN);
    document.body.innerHTML = src.body.innerHTML;
    url = document.location.href;
    const ctx = new ContentScriptContext('jobs-cards');
    setupJobsPage(ctx);
    // The first read waits for a task of its own.
    expect(hosts(document)).toHaveLength(0);
    await vi.waitFor(() => expect(hosts(document)).toHaveLength(6));
    await vi.waitFor(() => expect(inside(hostOf(document, '4100000101')[0]!).dataset.source).toBe('posting'));

    const list = document.querySelector('ul')!;
    const clone = list.firstElementChild!.cloneNode(true) as Element;
    clone.querySelector('[data-entity-urn]')!.setAttribute('data-entity-urn', 'urn:li:jobPosting:4100000188');
    list.append(clone);
    await vi.waitFor(() => expect(hostOf(document, '4100000188')).toHaveLength(1), { timeout: 3000 });
    expect(hosts(document)).toHaveLength(7);

    history.pushState(null, '', `${URL_1}&currentJobId=4100000102`);
    url = document.location.href;
    document.querySelector('.top-card-layout__title')!.textContent = 'Registered Nurse';
    document.querySelector('.show-more-less-html__markup')!.innerHTML =
      '<ul><li>Assess patients and plan their care</li><li>Give medication and monitor vital signs</li><li>Comfort families</li></ul>';
    await vi.waitFor(() => expect(inside(hostOf(document, '4100000102')[0]!).dataset.source).toBe('posting'), { timeout: 3000 });
    // The job opened before keeps its own figure.
    expect(inside(hostOf(document, '4100000101')[0]!).dataset.source).toBe('posting');
    ctx.abort();
    expect(hosts(document)).toHaveLength(0);
  });
});

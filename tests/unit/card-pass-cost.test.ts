// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://www.linkedin.com/jobs/search?keywords=clerk","settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
// A card pass costs what changed: after 10 cards are added to a page of 10,000 badged ones, the pass reads, looks at
// and badges those 10 (counted, not timed), and reads no box.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { hostSelector } from '../../components/badge-host';
import { createPageAnalysis } from '../../entrypoints/shared/page-analysis';
import { linkedin } from '../../sites/linkedin';

const URL_1 = 'https://www.linkedin.com/jobs/search?keywords=clerk';
const CARDS = 10_000;

/** A listing of `n` small cards (LinkedIn's guest markup, a title only), and a way to add more. */
function listing(n: number): { doc: Document; add: (id: number) => void } {
  const doc = new DOMParser().parseFromString('<html><head><title>Jobs | LinkedIn</title></head><body><ul></ul></body></html>', 'text/html');
  const list = doc.querySelector('ul')!;
  const add = (id: number) => {
    const li = doc.createElement('li');
    li.innerHTML = `<div class="base-search-card" data-entity-urn="urn:li:jobPosting:${4700000000 + id}"><h3 class="base-search-card__title">Welder ${id}</h3></div>`;
    list.append(li);
  };
  for (let i = 0; i < n; i++) add(i);
  return { doc, add };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  // The background never answers: the passes don't wait for it (and no estimate changes a badge meanwhile).
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(() => new Promise(() => undefined));
});
afterEach(() => vi.restoreAllMocks());

describe('a card pass on a long listing', () => {
  it(`after 10 cards are added to ${CARDS.toLocaleString('en')}, reads and badges those 10, looks at no other card and reads no box`, () => {
    const { doc, add } = listing(CARDS);
    const page = createPageAnalysis(doc, () => URL_1);
    // The first passes badge every card (the whole page read once).
    while (page.syncCards() > 0);
    const hosts = () => doc.querySelectorAll(hostSelector('card')).length;
    expect(hosts()).toBe(CARDS);

    for (let i = 0; i < 10; i++) add(CARDS + i);
    const find = vi.spyOn(linkedin, 'findCards');
    const contains = vi.spyOn(Node.prototype, 'contains');
    const boxes = vi.spyOn(Element.prototype, 'getBoundingClientRect');
    expect(page.syncCards()).toBe(10);
    expect(hosts()).toBe(CARDS + 10);
    // The finder was given the changes only, and answered with the 10 cards.
    expect(find.mock.calls.length).toBe(1);
    expect((find.mock.results[0]!.value as unknown[]).length).toBe(10);
    // A card looked at checks its badge is inside it (Node.contains): the 10 new ones, not the 10,000 badged.
    expect(contains.mock.calls.length).toBeGreaterThanOrEqual(10);
    expect(contains.mock.calls.length).toBeLessThanOrEqual(30);
    expect(boxes.mock.calls.length).toBe(0);
    page.remove();
  }, 120_000);
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url":"https://www.linkedin.com/jobs/search?keywords=clerk","settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { AdapterCard } from '../../engine/adapter';
import { createCardTracker } from '../../entrypoints/shared/card-tracker';
import { linkedin } from '../../sites/linkedin';

const OWN = resolve(__dirname, '../e2e/pages/linkedin-listing.html');
const URL_1 = 'https://www.linkedin.com/jobs/search?keywords=clerk';
const load = (): Document => new DOMParser().parseFromString(readFileSync(OWN, 'utf8'), 'text/html');
const shown = (cards: readonly AdapterCard[]) => cards.map((c) => ({ id: c.id, title: c.title, company: c.company, element: c.element }));

/** A copy of the listing's first card under another id and title. */
function cardLike(doc: Document, id: number, title: string): Element {
  const li = doc.querySelector('ul > li')!.cloneNode(true) as Element;
  li.querySelector('[data-entity-urn]')!.setAttribute('data-entity-urn', `urn:li:jobPosting:${id}`);
  li.querySelector('h3')!.textContent = title;
  return li;
}

describe('card tracker', () => {
  it('after the first read, finds from what changed what a whole read finds: cards added, recycled, retitled, removed, moved', () => {
    const doc = load();
    const tracker = createCardTracker(doc);
    const find = vi.spyOn(linkedin, 'findCards');
    expect(tracker.find(URL_1, linkedin).cards).toHaveLength(6);
    expect(find.mock.calls.at(-1)![0]).toBe(doc);

    const list = doc.querySelector('ul')!;
    for (let i = 0; i < 120; i++) list.append(cardLike(doc, 4400000000 + i, `Welder ${i}`));
    // Inserted in the middle, recycled (new id), retitled in place (a text node's data), removed.
    list.children[2]!.before(cardLike(doc, 4400009999, 'Plumber'));
    doc.querySelectorAll('[data-entity-urn]')[1]!.setAttribute('data-entity-urn', 'urn:li:jobPosting:4400008888');
    (doc.querySelectorAll('h3.base-search-card__title')[4]!.firstChild as Text).data = 'Paralegal';
    list.children[7]!.remove();
    // Moved: a card the tracker knows taken out and put back at the end.
    list.append(list.children[3]!);

    const tracked = tracker.find(URL_1, linkedin);
    // Read from the document narrowed to the changes, not the document.
    expect(find.mock.calls.at(-1)![0]).not.toBe(doc);
    expect(tracked.waiting).toBe(false);
    expect(shown(tracked.cards)).toEqual(shown(linkedin.findCards(doc, new URL(URL_1))));
    expect(tracked.cards.map((c) => c.title)).toContain('Paralegal');
    find.mockRestore();
  });

  it('a pass out of time reads one step of the changes and says more are waiting; the next pass reads on', () => {
    const doc = load();
    const tracker = createCardTracker(doc);
    tracker.find(URL_1, linkedin);
    const list = doc.querySelector('ul')!;
    for (let i = 0; i < 130; i++) list.append(cardLike(doc, 4500000000 + i, `Cashier ${i}`));
    const first = tracker.find(URL_1, linkedin, () => false);
    expect(first.waiting).toBe(true);
    expect(first.cards.length).toBeGreaterThan(6);
    expect(first.cards.length).toBeLessThan(136);
    let next = first;
    while (next.waiting) next = tracker.find(URL_1, linkedin, () => false);
    expect(shown(next.cards)).toEqual(shown(linkedin.findCards(doc, new URL(URL_1))));
  });

  it('reads the whole page again when asked, after the URL changed, and for a board whose cards come from the whole page', () => {
    const doc = load();
    const tracker = createCardTracker(doc);
    const find = vi.spyOn(linkedin, 'findCards');
    tracker.find(URL_1, linkedin);
    doc.querySelector('ul')!.append(cardLike(doc, 4600000000, 'Baker'));
    tracker.find(URL_1, linkedin, () => true, true);
    expect(find.mock.calls.at(-1)![0]).toBe(doc);
    doc.querySelector('ul')!.append(cardLike(doc, 4600000001, 'Cook'));
    expect(tracker.find(`${URL_1}&start=25`, linkedin).cards).toHaveLength(8);
    expect(find.mock.calls.at(-1)![0]).toBe(doc);
    doc.querySelector('ul')!.append(cardLike(doc, 4600000002, 'Tailor'));
    expect(tracker.find(`${URL_1}&start=25`, { ...linkedin, cardsReadWhole: true }).cards).toHaveLength(9);
    expect(find.mock.calls.at(-1)![0]).toBe(doc);
    find.mockRestore();
  });
});

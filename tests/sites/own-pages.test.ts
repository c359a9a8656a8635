import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import type { Posting } from '../../engine/types';
import { undeclaredCardIds } from './board';
import { collapse, ownDocument } from './helpers';
import { OWN_PAGES } from './own-pages';

// Every page we wrote in a board's markup (tests/fixtures/pages/), one row each in ./own-pages.ts, through its
// adapter and the extraction cascade. A new board adds its rows there; checks only one board needs are its row's `also`.
describe.each(OWN_PAGES)('$adapter.id (our fixture $file: $what)', (page) => {
  const { adapter } = page;
  const doc = ownDocument(page.file);
  const url = new URL(page.url);
  void doc.head; // linkedom adds an empty <head> to a head-less fragment the first time it is asked for one
  const untouched = doc.documentElement.outerHTML;
  // As the content script reads a page: one that lists jobs (the adapter finds cards) is not read by its headings.
  const result = extractPosting(doc, page.url, adapter, { cards: adapter.findCards(doc, url).map((card) => card.element) });
  const posting = (): Posting => {
    if (!result.ok) throw new Error(result.reason);
    return result.posting;
  };
  const lines = (): string[] => posting().sections.flatMap((s) => s.lines);

  it('leaves the page as it was (the engine reads a copy)', () => expect(doc.documentElement.outerHTML).toBe(untouched));

  if (page.source) {
    it(`reads the posting from ${page.source}`, () => {
      expect(result.ok && result.source).toBe(page.source);
      expect(posting()).toMatchObject(page.posting ?? {});
    });
    it('reads each line once', () => expect(lines().filter((l, i) => lines().indexOf(l) !== i)).toEqual([]));
  } else {
    it('finds no posting', () => {
      expect(adapter.extractPosting(doc, url)).toBeNull();
      expect(result.ok).toBe(false);
    });
  }
  if (page.kinds) it('sections it', () => expect(posting().sections.map((s) => s.kind)).toEqual(page.kinds));
  if (page.sections) it('gives its sections in order, with their headings', () => expect(posting().sections.map((s) => [s.heading, s.kind])).toEqual(page.sections));
  if (page.lines || page.allLines || page.has || page.hasNot || page.notLines) {
    it('reads its lines, and nothing of the page around it', () => {
      const { sections } = posting();
      for (const [kind, kindLines] of Object.entries(page.lines ?? {})) expect(sections.filter((s) => s.kind === kind).flatMap((s) => s.lines), kind).toEqual(kindLines);
      if (page.allLines) expect(lines()).toEqual(page.allLines);
      for (const line of page.has ?? []) expect(lines()).toContain(line);
      for (const line of page.notLines ?? []) expect(lines()).not.toContain(line);
      if (page.hasNot) expect(JSON.stringify(posting())).not.toMatch(page.hasNot);
    });
  }
  if (page.jobId) it('gives the job id', () => expect(adapter.extractPosting(doc, url)?.jobId).toBe(page.jobId));
  if (page.anchor) it('anchors the badge at the title', () => expect(collapse(adapter.titleAnchor(doc)?.textContent)).toBe(page.anchor));
  if (page.cards) {
    it('finds the cards, each title element inside its card, holding the title', () => {
      const cards = adapter.findCards(doc, url);
      expect(cards.map((c) => [c.id, c.title, c.company, c.location])).toEqual(page.cards);
      for (const card of cards.filter((c) => c.titleElement)) {
        expect(card.element.contains(card.titleElement!)).toBe(true);
        expect(collapse(card.titleElement!.textContent)).toContain(card.title);
      }
      if (page.cardElement) for (const card of cards) expect(card.element.matches(page.cardElement), card.id).toBe(true);
      if (page.titleElements) expect(cards.map((c) => collapse(c.titleElement?.textContent))).toEqual(cards.map((c) => c.title));
    });
    it('reads every card id from an attribute the adapter declares', () => {
      expect(undeclaredCardIds(adapter, () => adapter.findCards(doc, url))).toEqual([]);
    });
  }
  for (const [name, check] of Object.entries(page.also ?? {})) {
    // A page of its own for each: a check may change it.
    it(name, () => check({ doc: ownDocument(page.file), url }));
  }
});

// Every adapter's card finder, given the document narrowed to what changed (entrypoints/shared/scoped-document.ts),
// finds the card that changed as it does on the whole page: on each board's own fixture and every saved listing.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AdapterCard, SiteAdapter } from '../../engine/adapter';
import { adapterFor, adapters } from '../../sites/registry';
import { scopedDocument, type Changes } from '../../entrypoints/shared/scoped-document';
import { FIXTURE_PAGES, hasShared, ownDocument, sharedDocument, sharedPages, usableUrl } from '../sites/helpers';

// Elements compared by identity (a deep comparison of two DOM trees is no test of which element it is).
const same = (c: AdapterCard) => ({ id: c.id, title: c.title, company: c.company, location: c.location, element: c.element, titleElement: c.titleElement });

/**
 * Each card (up to 40 a page) found again from the finder's narrowed view as the content script narrows it: the
 * card added (or a card known before and changed inside, which is read again whole), and its title element added
 * or changed (a card that reads as one only once its title is there).
 */
function expectScoped(adapter: SiteAdapter, doc: Document, url: URL): number {
  const whole = adapter.findCards(doc, url);
  for (const card of whole.slice(0, 40)) {
    const title = card.titleElement;
    const ways: Changes[] = [{ added: [card.element], touched: [] }, ...(title ? [{ added: [title], touched: [] }, { added: [], touched: [title] }] : [])];
    for (const changes of ways) {
      const found = adapter.findCards(scopedDocument(doc, changes), url).find((c) => c.element === card.element);
      expect(found && same(found), `${adapter.id} card ${card.id}`).toStrictEqual(same(card));
    }
  }
  return whole.length;
}

describe("card finders on the changed part of a page find what they find on the whole page", () => {
  for (const adapter of adapters.filter((a) => !a.cardsReadWhole)) {
    const files = readdirSync(FIXTURE_PAGES).filter((f) => f.startsWith(`${adapter.id}-`));
    it(`${adapter.id}: own fixtures (${files.join(', ') || 'none'})`, () => {
      let cards = 0;
      for (const file of files) {
        const doc = ownDocument(file);
        for (const example of adapter.exampleUrls) cards += expectScoped(adapter, doc, new URL(example));
      }
      // Boards without cards of their own (posting-only adapters) have nothing to find.
      expect(cards).toBeGreaterThanOrEqual(0);
    });
  }

  // Sites no adapter knows, and boards whose finder reads the whole page on every pass, are always read whole.
  const scoped = (url: string) => {
    const adapter = adapterFor(usableUrl(url).href);
    return adapter !== null && !adapter.cardsReadWhole;
  };
  const listings = sharedPages().filter((p) => (p.cards ?? 0) > 0 && scoped(p.url));
  for (const page of listings) {
    it.skipIf(!hasShared)(`saved listing ${page.board}/${page.file}`, () => {
      const url = usableUrl(page.url);
      expect(expectScoped(adapterFor(url.href)!, sharedDocument(page), url)).toBeGreaterThan(0);
    }, 30_000);
  }
});

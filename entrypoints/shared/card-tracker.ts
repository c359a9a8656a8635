// The page's job cards, kept up to date from what changed: the adapter's finder reads the whole page once (and
// again after an in-app navigation), then only the cards in or around the subtrees a MutationObserver saw change
// (scoped-document.ts). A listing that keeps adding cards costs a pass what it added, not every card it holds.
import type { AdapterCard, SiteAdapter } from '../../engine/adapter';
import { findCards, type CardsFound } from '../../engine/read';
import { isOurHost } from '../../components/badge-host';
import { adapters } from '../../sites/registry';
import { uniqueCards } from '../../sites/lib/unique-cards';
import { isBefore, scopedDocument, type Changes } from './scoped-document';

// Places changed that one scoped find reads; a pass out of time leaves the rest to the next.
const CHANGES_PER_STEP = 50;
// Past this many changed places waiting, reading the page whole is as cheap (a page replaced its content).
const MOST_WAITING = 20_000;
const ID_ATTRIBUTES = [...new Set(adapters.flatMap((a) => a.cardIdAttributes))];

const ELEMENT = 1;
const asElement = (node: Node | null): Element | null => (node && node.nodeType === ELEMENT ? (node as Element) : node?.parentElement ?? null);

/** Card elements at or around `el` that the last find knew (a change inside a card makes it be read again). */
function knownAround(el: Element, known: ReadonlyMap<Element, AdapterCard>, out: Set<Element>): void {
  for (let at: Element | null = el; at; at = at.parentElement) if (known.has(at)) out.add(at);
}

/** `fresh` (in document order) put among `kept` (in document order) where each stands in the page. */
function inPlace(kept: AdapterCard[], fresh: readonly AdapterCard[]): AdapterCard[] {
  const before = (a: AdapterCard, b: AdapterCard) => isBefore(a.element, b.element);
  for (const card of fresh) {
    const last = kept[kept.length - 1];
    if (!last || before(last, card)) {
      kept.push(card);
      continue;
    }
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (before(kept[mid]!, card)) low = mid + 1;
      else high = mid;
    }
    kept.splice(low, 0, card);
  }
  return kept;
}

export function createCardTracker(doc: Document) {
  let known: AdapterCard[] | null = null;
  let knownUrl = '';
  let failure: CardsFound['failure'] = null;
  const added = new Set<Element>();
  const touched = new Set<Element>();
  const note = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      if (isOurHost(record.target)) continue;
      const target = asElement(record.target);
      for (const node of record.addedNodes) {
        if (isOurHost(node)) continue;
        if (node.nodeType === ELEMENT) added.add(node as Element);
        else if (target) touched.add(target);
      }
      const removed = [...record.removedNodes].some((n) => !isOurHost(n));
      if (target && (record.type !== 'childList' || removed)) touched.add(target);
    }
    if (added.size + touched.size > MOST_WAITING) known = null;
  };
  const MutationObserverOf = (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = MutationObserverOf ? new MutationObserverOf(note) : null;
  let watching = false;

  /** Every card, read from the whole page; what changes from now on is watched. */
  function whole(url: string, adapter: SiteAdapter | null): CardsFound {
    observer?.takeRecords();
    added.clear();
    touched.clear();
    const found = findCards(doc, url, adapter);
    known = [...found.cards];
    knownUrl = url;
    failure = found.failure;
    if (observer && !watching && doc.body) {
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributeFilter: ID_ATTRIBUTES });
      watching = true;
    }
    return found;
  }

  /** Up to `n` of `set`'s elements, taken out of it. */
  const take = (set: Set<Element>, n: number): Element[] => {
    const some: Element[] = [];
    for (const el of set) {
      if (some.length === n) break;
      some.push(el);
    }
    for (const el of some) set.delete(el);
    return some;
  };

  /** The cards in and around some of the places changed, merged with those known; null when the finder failed. */
  function step(url: string, adapter: SiteAdapter, cards: AdapterCard[], byElement: ReadonlyMap<Element, AdapterCard>): AdapterCard[] | null {
    const changes: Changes = { added: take(added, CHANGES_PER_STEP), touched: take(touched, CHANGES_PER_STEP) };
    // A known card with a change at or inside it is read again whole (its finder may look for its title link, not
    // for whatever changed); those no longer read as cards go.
    const reread = new Set<Element>();
    for (const el of [...changes.added, ...changes.touched]) knownAround(el, byElement, reread);
    const found = findCards(scopedDocument(doc, { ...changes, added: [...changes.added, ...reread] }), url, adapter);
    if (found.failure) return null;
    for (const card of found.cards) reread.add(card.element);
    return inPlace(cards.filter((c) => !reread.has(c.element)), found.cards);
  }

  return {
    /**
     * The adapter's cards on the page now: read whole on the first call, after the URL changed, when `whole` is
     * asked for, on a site no adapter knows (its generic reader compares the whole list) and when nothing can be
     * watched; else the known cards with the changes since read in, while `more()` says the pass has time (at
     * least one step). `waiting` tells whether changes were left for a later pass.
     */
    find(url: string, adapter: SiteAdapter | null, more: () => boolean = () => true, wholePage = false): CardsFound & { waiting: boolean } {
      if (observer) note(observer.takeRecords());
      if (wholePage || known === null || url !== knownUrl || !adapter || adapter.cardsReadWhole || !observer) return { ...whole(url, adapter), waiting: false };
      let cards = known;
      if (added.size + touched.size > 0) {
        cards = known.filter((c) => c.element.isConnected);
        const byElement = new Map(cards.map((c) => [c.element, c]));
        do {
          const next = step(url, adapter, cards, byElement);
          if (next === null) return { ...whole(url, adapter), waiting: false };
          cards = next;
        } while (added.size + touched.size > 0 && more());
        cards = uniqueCards(cards);
      }
      known = cards;
      return { cards, failure, waiting: added.size + touched.size > 0 };
    },
    stop(): void {
      observer?.disconnect();
      watching = false;
      known = null;
    },
  };
}

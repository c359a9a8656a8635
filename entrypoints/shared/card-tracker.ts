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

/** True when a read of the same element says the same of it (a badge drawn from the old read is still right). */
const sameRead = (a: AdapterCard, b: AdapterCard): boolean => a.id === b.id && a.title === b.title && a.company === b.company && a.titleElement === b.titleElement;

/** What a find answers: the cards, and those of them read anew (new, changed or read again) since the last find. */
export type CardsTracked = CardsFound & { waiting: boolean; fresh: readonly AdapterCard[] };

export function createCardTracker(doc: Document) {
  let known: AdapterCard[] | null = null;
  let knownUrl = '';
  let failure: CardsFound['failure'] = null;
  // The known cards by element and by job id, kept with `known` (a pass looks up what changed, not every card).
  let byElement = new Map<Element, AdapterCard>();
  let byId = new Map<string, AdapterCard>();
  const added = new Set<Element>();
  const touched = new Set<Element>();
  const removed = new Set<Element>();
  // What the page added since growth() was last asked (removals not taken off): elements and characters.
  let grown = { elements: 0, text: 0 };
  const note = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      if (isOurHost(record.target)) continue;
      const target = asElement(record.target);
      if (record.type === 'characterData') grown.text += record.target.nodeValue?.length ?? 0;
      for (const node of record.addedNodes) {
        if (isOurHost(node)) continue;
        grown.text += node.textContent?.length ?? 0;
        if (node.nodeType === ELEMENT) {
          added.add(node as Element);
          grown.elements += 1 + (node as Element).getElementsByTagName('*').length;
        } else if (target) touched.add(target);
      }
      // A badge of ours taken out by the page counts too: its card is read again and badged again.
      for (const node of record.removedNodes) if (node.nodeType === ELEMENT && !isOurHost(node)) removed.add(node as Element);
      if (target && (record.type !== 'childList' || record.removedNodes.length > 0)) touched.add(target);
    }
    if (added.size + touched.size > MOST_WAITING || removed.size > MOST_WAITING) known = null;
  };
  const MutationObserverOf = (globalThis as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  const observer = MutationObserverOf ? new MutationObserverOf(note) : null;
  let watching = false;

  const remember = (cards: AdapterCard[]) => {
    known = cards;
    byElement = new Map(cards.map((c) => [c.element, c]));
    byId = new Map(cards.map((c) => [c.id, c]));
  };

  /** Every card, read from the whole page; what changes from now on is watched. Fresh: the cards not read so before. */
  function whole(url: string, adapter: SiteAdapter | null): CardsTracked {
    observer?.takeRecords();
    added.clear();
    touched.clear();
    removed.clear();
    const before = known === null ? new Map<Element, AdapterCard>() : byElement;
    const found = findCards(doc, url, adapter);
    remember([...found.cards]);
    knownUrl = url;
    failure = found.failure;
    if (observer && !watching && doc.body) {
      observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributeFilter: ID_ATTRIBUTES });
      watching = true;
    }
    const fresh = found.cards.filter((c) => {
      const was = before.get(c.element);
      return !was || !sameRead(was, c);
    });
    return { ...found, waiting: false, fresh };
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

  /** The known cards at or inside the subtrees taken out of the page (a walk of those subtrees, not of every card). */
  function gone(): Set<Element> {
    const out = new Set<Element>();
    const drop = (el: Element) => {
      if (byElement.has(el) && !el.isConnected) out.add(el);
    };
    for (const root of removed) {
      drop(root);
      if (byElement.size > 0) for (const el of root.getElementsByTagName('*')) drop(el);
    }
    removed.clear();
    return out;
  }

  /** Drops `out` (elements) from the known cards. */
  const forget = (out: ReadonlySet<Element>) => {
    if (out.size === 0 || known === null) return;
    known = known.filter((c) => !out.has(c.element));
    for (const el of out) {
      const card = byElement.get(el);
      byElement.delete(el);
      if (card && byId.get(card.id) === card) byId.delete(card.id);
    }
  };

  /** Takes in a card new to the tracker: false when another element shows its job first (the first in the page wins). */
  function admit(card: AdapterCard): boolean {
    const other = byId.get(card.id);
    if (other && other.element !== card.element && other.element.isConnected) {
      if (isBefore(other.element, card.element)) return false;
      forget(new Set([other.element]));
    }
    byId.set(card.id, card);
    byElement.set(card.element, card);
    return true;
  }

  /** A known card read again where it stands: swapped for its new read. */
  function reread(was: AdapterCard, card: AdapterCard): void {
    known![known!.indexOf(was)] = card;
    byElement.set(card.element, card);
    if (byId.get(was.id) === was) byId.delete(was.id);
    if (!byId.has(card.id)) byId.set(card.id, card);
  }

  /** The cards in and around some of the places changed, taken into those known (the fresh ones added to `fresh`); false when the finder failed. */
  function step(url: string, adapter: SiteAdapter, fresh: AdapterCard[]): boolean {
    const changes: Changes = { added: take(added, CHANGES_PER_STEP), touched: take(touched, CHANGES_PER_STEP) };
    // A known card with a change at or inside it is read again whole (its finder may look for its title link, not
    // for whatever changed); those no longer read as cards go.
    const around = new Set<Element>();
    for (const el of [...changes.added, ...changes.touched]) knownAround(el, byElement, around);
    const found = findCards(scopedDocument(doc, { ...changes, added: [...changes.added, ...around] }), url, adapter);
    if (found.failure) return false;
    const read = uniqueCards(found.cards);
    const roots = new Set(changes.added);
    const moved = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) if (roots.has(at)) return true;
      return false;
    };
    // Known cards read in an added subtree were moved there: they go, and come back in their new place.
    const stays = new Set(read.filter((c) => byElement.has(c.element) && !moved(c.element)).map((c) => c.element));
    forget(new Set([...around, ...read.map((c) => c.element)].filter((el) => byElement.has(el) && !stays.has(el))));
    const placing: AdapterCard[] = [];
    for (const card of read) {
      const was = byElement.get(card.element);
      if (!was) {
        if (admit(card)) placing.push(card);
      } else {
        // Fresh even when read the same: what changed in it may have been its badge, taken out by the page.
        reread(was, card);
        fresh.push(card);
      }
    }
    known = inPlace(known!, placing);
    fresh.push(...placing);
    return true;
  }

  return {
    /**
     * The adapter's cards on the page now: read whole on the first call, after the URL changed, when `whole` is
     * asked for, on a site no adapter knows (its generic reader compares the whole list) and when nothing can be
     * watched; else the known cards with the changes since read in, while `more()` says the pass has time (at
     * least one step). `waiting` tells whether changes were left for a later pass; `fresh`, the cards new or read
     * differently since the last find (a whole read compares with what was known).
     */
    find(url: string, adapter: SiteAdapter | null, more: () => boolean = () => true, wholePage = false): CardsTracked {
      if (observer) note(observer.takeRecords());
      if (wholePage || known === null || url !== knownUrl || !adapter || adapter.cardsReadWhole || !observer) return whole(url, adapter);
      forget(gone());
      const fresh: AdapterCard[] = [];
      while (added.size + touched.size > 0) {
        if (!step(url, adapter, fresh)) return whole(url, adapter);
        if (!more()) break;
      }
      return { cards: known, failure, waiting: added.size + touched.size > 0, fresh };
    },
    /** What the page added (elements, characters) since the last ask; taken off nothing it removed. */
    growth(): { elements: number; text: number } {
      if (observer) note(observer.takeRecords());
      const since = grown;
      grown = { elements: 0, text: 0 };
      return since;
    },
    /** The card the tracker knows at `element`, as last read. */
    cardAt: (element: Element): AdapterCard | undefined => byElement.get(element),
    stop(): void {
      observer?.disconnect();
      watching = false;
      known = null;
    },
  };
}

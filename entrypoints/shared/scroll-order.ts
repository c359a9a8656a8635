import type { AdapterCard } from '../../engine/adapter';

type Placed = Pick<AdapterCard, 'element'>;

/**
 * The index of the first card on screen among `cards` (in document order; cards.length when every card is above
 * the screen), found by halving: ≈15 reads of a box for 25,000 cards, not one per card.
 */
export function firstOnScreen(cards: readonly Placed[]): number {
  let low = 0;
  let high = cards.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cards[mid]!.element.getBoundingClientRect().bottom <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The cards from the first one on screen onwards, then those above it: a pass that can badge only some of a
 * long list badges what the person is looking at first.
 */
export function inScrollOrder<T extends Placed>(cards: readonly T[]): T[] {
  const low = firstOnScreen(cards);
  return low === 0 || low >= cards.length ? [...cards] : [...cards.slice(low), ...cards.slice(0, low)];
}

/**
 * Scroll order for passes that come often, with the first card on screen remembered between them. A box read lays
 * out whatever the page changed since the last frame inside our task (on a page adding cards all the time, most of
 * a pass), so boxes are read again only after the page scrolled or resized, or when the remembered card left:
 * cards added or removed elsewhere don't move what is on screen (the browsers anchor the scroll to it).
 */
export function createScrollOrder(doc: Document) {
  let first: Element | null = null;
  let stale = true;
  const moved = () => {
    stale = true;
  };
  const win = doc.defaultView;
  doc.addEventListener('scroll', moved, { capture: true, passive: true });
  win?.addEventListener('resize', moved, { passive: true });
  return {
    /**
     * The cards of `cards` (document order) that `wanted` takes, from the first on screen onwards, then those above
     * it; stops once it has `most`.
     */
    pick<T extends Placed>(cards: readonly T[], wanted: (card: T) => boolean, most = Infinity): T[] {
      let at = !stale && first?.isConnected ? cards.findIndex((c) => c.element === first) : stale || first ? -1 : 0;
      if (at < 0) {
        at = firstOnScreen(cards);
        first = cards[at]?.element ?? null;
        stale = false;
      }
      if (at >= cards.length) at = 0;
      const out: T[] = [];
      for (let i = 0; i < cards.length && out.length < most; i++) {
        const card = cards[(at + i) % cards.length]!;
        if (wanted(card)) out.push(card);
      }
      return out;
    },
    /** Whether the next pick reads boxes (the page scrolled or resized, or the card first on screen left). */
    readsBoxes: (): boolean => stale || (first !== null && !first.isConnected),
    stop(): void {
      doc.removeEventListener('scroll', moved, { capture: true });
      win?.removeEventListener('resize', moved);
    },
  };
}

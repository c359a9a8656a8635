// The cards a pass has to badge or check, so that a pass costs what changed, not every card the page holds: the
// cards read anew, those whose estimate arrived, and those an earlier pass had no room or time for. Cards shown
// pending are remembered by title, to be due again when their title's estimate arrives (and to be asked for).
import type { AdapterCard } from '../../engine/adapter';
import type { CardShown } from '../../components/CardBadge';

type CardAt = (element: Element) => AdapterCard | undefined;
/** The cards of the page that `wanted` takes, at most `most`, in the order a pass badges them (scroll-order.ts). */
type Pick = (wanted: (card: AdapterCard) => boolean, most: number) => AdapterCard[];

export function createCardQueue(cardAt: CardAt) {
  const due = new Map<Element, AdapterCard>();
  const pending = new Map<string, Set<Element>>();
  return {
    /** Cards to badge or check in a coming pass. */
    add(cards: Iterable<AdapterCard>): void {
      for (const card of cards) due.set(card.element, card);
    },
    /**
     * The due cards, each as last read (those gone from the page dropped), and no longer due: when a pass has room
     * for them all, in the order they came (no box read); else in the order `pick` gives, the cards on screen first.
     */
    take(room: number, pick: Pick): AdapterCard[] {
      const cards = due.size <= room ? [...due.keys()].flatMap((el) => cardAt(el) ?? []) : pick((c) => due.has(c.element), due.size);
      due.clear();
      return cards;
    },
    /** Notes what a card is shown as: one shown pending is due again when its title's estimate arrives. */
    shown(card: AdapterCard, estimate: CardShown): void {
      if (estimate.source !== 'pending') return;
      let cards = pending.get(card.title);
      if (!cards) pending.set(card.title, (cards = new Set()));
      cards.add(card.element);
    },
    /** `title`'s estimate arrived: the cards shown pending under it are due. */
    learnt(title: string): void {
      for (const el of pending.get(title) ?? []) {
        const card = cardAt(el);
        if (card?.title === title) due.set(el, card);
      }
      pending.delete(title);
    },
    /** A card of each title shown pending (not estimated yet) that `wanted` takes, at most `most`, first seen first. */
    pendingCards(wanted: (card: AdapterCard) => boolean, most: number): AdapterCard[] {
      const out: AdapterCard[] = [];
      for (const [title, elements] of pending) {
        if (out.length >= most) break;
        for (const el of elements) {
          const card = cardAt(el);
          if (card?.title !== title) continue;
          if (wanted(card)) out.push(card);
          break;
        }
      }
      return out;
    },
  };
}

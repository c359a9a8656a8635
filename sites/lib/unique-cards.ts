import type { AdapterCard } from '../../engine/adapter';

/**
 * The cards read, without the unreadable ones (null) and with one card per job id: boards render
 * the same job more than once (mobile and desktop layouts, old and new markup), and the first wins.
 */
export function uniqueCards(cards: Iterable<AdapterCard | null>): AdapterCard[] {
  const byId = new Map<string, AdapterCard>();
  for (const card of cards) if (card && !byId.has(card.id)) byId.set(card.id, card);
  return [...byId.values()];
}

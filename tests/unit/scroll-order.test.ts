import { describe, expect, it } from 'vitest';
import { inScrollOrder } from '../../entrypoints/shared/scroll-order';

/** Cards 100 px tall one under the other, the page scrolled `scrollY` down; counts the boxes read. */
function list(n: number, scrollY: number) {
  let reads = 0;
  const cards = Array.from({ length: n }, (_, i) => ({
    id: String(i),
    element: { getBoundingClientRect: () => (reads++, { top: i * 100 - scrollY, bottom: (i + 1) * 100 - scrollY }) } as unknown as Element,
  }));
  return { cards, reads: () => reads };
}

describe('cards in scroll order', () => {
  it('puts the first card on screen first, those below it next and those above it last', () => {
    const { cards } = list(10, 450);
    expect(inScrollOrder(cards).map((c) => c.id)).toEqual(['4', '5', '6', '7', '8', '9', '0', '1', '2', '3']);
  });
  it('keeps the page order at the top of the page and when every card is above the screen', () => {
    expect(inScrollOrder(list(5, 0).cards).map((c) => c.id)).toEqual(['0', '1', '2', '3', '4']);
    expect(inScrollOrder(list(5, 10_000).cards).map((c) => c.id)).toEqual(['0', '1', '2', '3', '4']);
  });
  it('reads a handful of boxes for a long list, not one per card', () => {
    const long = list(25_000, 1_234_500);
    expect(inScrollOrder(long.cards)[0]!.id).toBe('12345');
    expect(long.reads()).toBeLessThanOrEqual(16);
  });
});

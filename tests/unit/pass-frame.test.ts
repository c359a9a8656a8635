// @vitest-environment happy-dom
// When a card pass waits for the browser's next frame: only when it will read boxes (after a scroll or resize,
// or when the card first on screen left) or when the tab is hidden. A pass in the frame's callbacks makes the
// page's own style, layout and paint a task that runs ours; a pass that reads no box runs in a task of its own.
import { describe, expect, it } from 'vitest';
import { createScrollOrder } from '../../entrypoints/shared/scroll-order';
import { afterNextFrame } from '../../entrypoints/shared/slices';

function cards(n: number) {
  document.body.innerHTML = Array.from({ length: n }, (_, i) => `<div class="card">${i}</div>`).join('');
  // happy-dom lays nothing out: each card 100 px tall, one under the other, the page at its top.
  return [...document.querySelectorAll('.card')].map((element, i) => {
    element.getBoundingClientRect = () => ({ top: i * 100, bottom: (i + 1) * 100 }) as DOMRect;
    return { element };
  });
}

describe('a card pass waits for a frame only when it must', () => {
  it('runs through the frame, then a task, when a frame is needed; straight in a task of its own when not', () => {
    const order: string[] = [];
    const frame = (run: () => void) => (order.push('frame'), run());
    const later = (run: () => void) => (order.push('task'), run());
    afterNextFrame(() => order.push('work'), frame, later, () => true);
    expect(order).toEqual(['frame', 'task', 'work']);
    order.length = 0;
    afterNextFrame(() => order.push('work'), frame, later, () => false);
    expect(order).toEqual(['task', 'work']);
  });

  it('reads boxes on the first pick, not on the next ones, again after a scroll or resize', () => {
    const scroll = createScrollOrder(document);
    const list = cards(20);
    expect(scroll.readsBoxes()).toBe(true);
    scroll.pick(list, () => true);
    expect(scroll.readsBoxes()).toBe(false);
    scroll.pick(list, () => true, 5);
    expect(scroll.readsBoxes()).toBe(false);
    document.dispatchEvent(new Event('scroll'));
    expect(scroll.readsBoxes()).toBe(true);
    scroll.pick(list, () => true);
    expect(scroll.readsBoxes()).toBe(false);
    window.dispatchEvent(new Event('resize'));
    expect(scroll.readsBoxes()).toBe(true);
    scroll.stop();
  });

  it('reads boxes again once the card first on screen is taken out of the page', () => {
    const scroll = createScrollOrder(document);
    const list = cards(5);
    scroll.pick(list, () => true);
    expect(scroll.readsBoxes()).toBe(false);
    list[0]!.element.remove();
    expect(scroll.readsBoxes()).toBe(true);
    scroll.stop();
  });

  it('stops counting scrolls once stopped', () => {
    const scroll = createScrollOrder(document);
    scroll.pick(cards(3), () => true);
    scroll.stop();
    document.dispatchEvent(new Event('scroll'));
    expect(scroll.readsBoxes()).toBe(false);
  });
});

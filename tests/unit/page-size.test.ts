// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PAGE_LIMITS, pageSizeStep, tooLargeToRead } from '../../engine/read';
import { inSlices } from '../../entrypoints/shared/slices';

/** A document with `n` elements in all (html, head and body included). */
function withElements(n: number): Document {
  const doc = document.implementation.createHTMLDocument('size');
  const list = doc.createElement('ul');
  doc.body.append(list);
  const present = doc.getElementsByTagName('*').length;
  for (let i = present; i < n; i++) list.append(doc.createElement('li'));
  return doc;
}

// Building 80,000-125,000 happy-dom elements takes about a second alone, several on a loaded machine: no time limit of 5 s.
describe('a page too large to read, counted in steps', { timeout: 60_000 }, () => {
  it('within the element limit: decided in the first step, whatever the step is allowed', () => {
    const doc = withElements(PAGE_LIMITS.elements);
    expect(pageSizeStep(doc)(() => false)).toBeNull();
    expect(tooLargeToRead(doc)).toBeNull();
  });

  it('past it: the first step says only that it is not done; the steps count on to the exact figure', async () => {
    const n = PAGE_LIMITS.elements + 45_001;
    const doc = withElements(n);
    const step = pageSizeStep(doc);
    expect(step(() => false)).toBeUndefined();
    const reason = `this page is too large to read (${n} elements)`;
    expect(tooLargeToRead(doc)).toBe(reason);
    let steps = 1;
    let verdict = step(() => false);
    while (verdict === undefined) {
      steps++;
      verdict = step(() => false);
    }
    expect(verdict).toBe(reason);
    expect(steps).toBeGreaterThan(1);
    // The content script's way: slices with the page's tasks between them, the same answer.
    const sliced = inSlices(pageSizeStep(doc));
    expect(await sliced).toBe(reason);
  });

  it('text past its limit is said in characters', () => {
    const doc = withElements(10);
    doc.body.append(doc.createTextNode('x'.repeat(PAGE_LIMITS.text + 1)));
    expect(tooLargeToRead(doc)).toBe(`this page is too large to read (${PAGE_LIMITS.text + 1} characters)`);
  });
});

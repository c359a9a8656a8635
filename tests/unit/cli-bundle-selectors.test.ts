import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/cli';

// cli/bundle.mjs keeps linkedom's compiled selectors: the same selector text is compiled once, not at every call.
type Test = (el: Element) => boolean;
type Module = { prepareMatch: (el: Element, selectors: string) => Test; matches: (el: Element, selectors: string) => boolean };

const SHARED = join(ROOT, 'node_modules/linkedom/esm/shared');
const SOURCE = join(SHARED, 'matches.js');
const { keptSelectorSource } = (await import(pathToFileURL(join(ROOT, 'cli/bundle.mjs')).href)) as { keptSelectorSource: (s: string) => string | null };
const dir = mkdtempSync(join(tmpdir(), 'skillshift-kept-selectors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module's source loadable from elsewhere: its relative and bare imports made absolute. */
const relocated = (source: string): string =>
  source
    .replace(/from '\.\/([^']+)'/g, (_, file: string) => `from '${pathToFileURL(join(SHARED, file)).href}'`)
    .replace(/from 'css-select'/, `from '${pathToFileURL(join(ROOT, 'node_modules/css-select/lib/esm/index.js')).href}'`);

async function load(source: string, name: string): Promise<Module> {
  const file = join(dir, name);
  writeFileSync(file, relocated(source));
  return (await import(pathToFileURL(file).href)) as Module;
}

const PAGE = `<html><body><nav><a href="/a">Home</a></nav><main id="m"><section class="jobs list"><ul>
<li class="job-card" data-job-id="1"><h3><a href="/jobs/1" title="Baker">Baker</a></h3><p>Leeds</p></li>
<li class="job-card active" data-job-id="2" hidden><h3><a href="/jobs/2">Driver</a></h3><p style="display: none">x</p></li>
</ul></section><article><h2>About</h2><p>Text <b>bold</b></p></article></main><footer><a href="mailto:x@y.z">Mail</a></footer></body></html>`;
const SELECTORS = [
  'a[href]', 'nav, [role="navigation"], header, footer', '[hidden], [style*="display:none"], [style*="display: none"]',
  'LI.job-card', '[class*="job"]', 'h1, h2, h3', 'main li:not(.active) > h3 a', 'section ul > li + li', 'h3:first-child', '*',
];

describe('the CLI bundle’s linkedom selectors', () => {
  it('patch the matches module installed: the same selector text compiles once, and every element matches as in linkedom itself', async () => {
    const patched = keptSelectorSource(readFileSync(SOURCE, 'utf8'));
    expect(patched, 'linkedom changed: update COMPILES in cli/bundle.mjs').not.toBeNull();
    const kept = await load(patched!, 'kept.mjs');
    const fresh = await load(readFileSync(SOURCE, 'utf8'), 'fresh.mjs');
    const { document } = parseHTML(PAGE);
    const elements = Array.from(document.querySelectorAll('*')) as unknown as Element[];
    for (const selector of SELECTORS) {
      const want = elements.map((el) => fresh.matches(el, selector));
      expect(elements.map((el) => kept.matches(el, selector)), selector).toEqual(want);
      expect(elements.map((el) => kept.prepareMatch(el, selector)(el)), selector).toEqual(want);
      expect(want.some(Boolean), `${selector} matches something`).toBe(true);
    }
    const [first, second] = elements;
    expect(kept.prepareMatch(first!, 'a[href]')).toBe(kept.prepareMatch(second!, 'a[href]'));
    expect(fresh.prepareMatch(first!, 'a[href]')).not.toBe(fresh.prepareMatch(first!, 'a[href]'));
    // A selector bound to its :scope element is compiled for that element each time.
    const list = elements.find((el) => el.tagName === 'UL')!;
    const scoped = kept.prepareMatch(list, ':scope > li');
    expect(scoped).not.toBe(kept.prepareMatch(list, ':scope > li'));
    expect(elements.filter((el) => scoped(el)).length).toBe(2);
  });

  it('leaves code it was not written for alone', () => {
    expect(keptSelectorSource('export const matches = () => false;')).toBeNull();
  });
});

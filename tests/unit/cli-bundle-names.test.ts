import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser, parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/cli';

// cli/bundle.mjs keeps one upper-case copy of each element name linkedom gives as tagName, not a new one per ask.
type Module = { localCase: (el: Element) => string };

const SHARED = join(ROOT, 'node_modules/linkedom/esm/shared');
const SOURCE = join(SHARED, 'utils.js');
const { keptUpperCaseSource } = (await import(pathToFileURL(join(ROOT, 'cli/bundle.mjs')).href)) as { keptUpperCaseSource: (s: string) => string | null };
const dir = mkdtempSync(join(tmpdir(), 'skillshift-kept-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function load(source: string, name: string): Promise<Module> {
  const file = join(dir, name);
  writeFileSync(file, source.replace(/from '\.\/([^']+)'/g, (_, f: string) => `from '${pathToFileURL(join(SHARED, f)).href}'`));
  return (await import(pathToFileURL(file).href)) as Module;
}

describe('the CLI bundle’s linkedom element names', () => {
  it('patch the utils module installed, and every element of an HTML and an XML document is named as by linkedom itself', async () => {
    const patched = keptUpperCaseSource(readFileSync(SOURCE, 'utf8'));
    expect(patched, 'linkedom changed: update UPPER_ON_EACH_ASK in cli/bundle.mjs').not.toBeNull();
    const kept = await load(patched!, 'kept.mjs');
    const fresh = await load(readFileSync(SOURCE, 'utf8'), 'fresh.mjs');
    // Past the store's 1,000 names too: it starts afresh and still names each element right.
    const many = Array.from({ length: 1200 }, (_, i) => `<x-el-${i}></x-el-${i}>`).join('');
    const { document } = parseHTML(`<html><body><main><h1>Baker</h1><svg><foreignObject/></svg><my-card>x</my-card>${many}</main></body></html>`);
    const xml = new DOMParser().parseFromString('<feed><entry><Title>Baker</Title><link/></entry></feed>', 'text/xml');
    const elements = [...document.querySelectorAll('*'), ...xml.querySelectorAll('*')] as unknown as Element[];
    for (const el of [...elements, ...elements]) expect(kept.localCase(el)).toBe(fresh.localCase(el));
    expect(elements.map((el) => kept.localCase(el))).toEqual(expect.arrayContaining(['H1', 'MY-CARD', 'X-EL-1199', 'Title', 'link']));
  });

  it('leaves code it was not written for alone', () => {
    expect(keptUpperCaseSource('export const localCase = ({localName}) => localName;')).toBeNull();
  });
});

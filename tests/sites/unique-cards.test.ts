import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { uniqueCards } from '../../sites/lib/unique-cards';
import type { AdapterCard } from '../../engine/adapter';

const { document } = parseHTML('<ul><li id="a"></li><li id="b"></li><li id="c"></li></ul>');
const el = (id: string): Element => document.getElementById(id) as Element;
const card = (id: string, title: string, element: Element): AdapterCard => ({ id, title, company: null, location: null, element });

describe('uniqueCards', () => {
  it('keeps the first card of each id, in page order, and drops the unreadable ones', () => {
    const first = card('1', 'Nurse', el('a'));
    const other = card('2', 'Clerk', el('b'));
    const again = card('1', 'Nurse (mobile layout)', el('c'));
    expect(uniqueCards([null, first, other, null, again])).toEqual([first, other]);
  });

  it('gives nothing for nothing', () => {
    expect(uniqueCards([])).toEqual([]);
    expect(uniqueCards([null])).toEqual([]);
  });

  it('is the one place adapters dedupe their cards', () => {
    const sites = fileURLToPath(new URL('../../sites/', import.meta.url));
    const files = readdirSync(sites, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('unique-cards.ts'));
    for (const file of files) expect(readFileSync(`${sites}${file}`, 'utf8'), file).not.toMatch(/new Map<string, AdapterCard>/);
  });
});

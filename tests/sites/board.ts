import { describe, expect, it as vitestIt } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { adapterFor } from '../../sites/registry';
import type { AdapterCard, SiteAdapter } from '../../engine/adapter';
import { collapse, hasShared, leafItems, sharedDocument, sharedPages, usableUrl } from './helpers';

const unmarked = (s: string): string => collapse(s).replace(/^(?:\d{1,2}[.、)]|[•·*\-–])\s*/, '');

/**
 * The ids of cards read the same, from the same element, after the attributes their adapter declares for card ids
 * change as when a list recycles the card for another job (the id in them becomes another; an attribute not
 * holding it goes): such a recycling would go unnoticed. Cards badged on one shared element (read from page data)
 * have no element of their own to recycle. The attributes are put back.
 */
export function undeclaredCardIds(adapter: SiteAdapter, findCards: () => AdapterCard[]): string[] {
  const cards = findCards();
  const seen = new Set<Element>();
  const shared = new Set(cards.map((c) => c.element).filter((el) => seen.has(el) || !seen.add(el)));
  const own = cards.filter((c) => !shared.has(c.element));
  const selector = adapter.cardIdAttributes.map((a) => `[${a}]`).join(',');
  const changed: [Element, string, string][] = [];
  for (const { element, id } of own) {
    for (const el of [element, ...(selector ? element.querySelectorAll(selector) : [])]) {
      for (const name of adapter.cardIdAttributes) {
        const value = el.getAttribute(name);
        if (value === null) continue;
        changed.push([el, name, value]);
        if (value.includes(id)) el.setAttribute(name, value.replace(id, `${id}9`));
        else el.removeAttribute(name);
      }
    }
  }
  try {
    const after = findCards();
    return own.filter((c) => after.some((d) => d.id === c.id && d.element === c.element)).map((c) => c.id);
  } finally {
    for (const [el, name, value] of changed.reverse()) el.setAttribute(name, value);
  }
}

/**
 * Every saved page of one board through its adapter and the extraction cascade, against pages.json.
 * `known` maps "<file>: <test name>" to why that check cannot pass (reported as skipped, with the reason).
 */
export function describeBoard(board: string, adapter: SiteAdapter, known: Record<string, string> = {}): void {
  describe.skipIf(!hasShared)(`${board} saved pages`, () => {
    for (const page of sharedPages(board)) {
      describe(page.file, () => {
        const it = (name: string, fn: () => void): void => {
          const why = known[`${page.file}: ${name}`];
          if (why) vitestIt.skip(`${name} (known: ${why})`, fn);
          else vitestIt(name, fn);
        };
        const doc = sharedDocument(page);
        const url = usableUrl(page.url);

        if (!page.url_guessed) {
          it('is claimed by this adapter', () => expect(adapterFor(page.url)?.id).toBe(adapter.id));
        }

        // A shell with a title holds its posting in JSON-LD or page data (pages.json takes the fields from there).
        if (page.kind.includes('posting') || (page.kind === 'shell' && page.title)) {
          const result = extractPosting(doc, url.href, adapter);
          it('extracts the posting on screen', () => {
            expect(result.ok, result.ok ? '' : result.reason).toBe(true);
          });
          if (!result.ok) return;
          const { posting } = result;
          const lines = posting.sections.flatMap((s) => s.lines);

          if (page.title) it('reads the title', () => expect(posting.title).toBe(page.title));
          if (page.company) it('reads the company', () => expect(posting.company).toBe(page.company));
          if (page.location) it('reads the location', () => expect(posting.location).toBe(page.location));
          if (page.lang) it('detects the language', () => expect(posting.language).toBe(page.lang));

          it('reads the description root with all its bullets', () => {
            expect(result.root).not.toBeNull();
            const items = result.root ? leafItems(result.root) : [];
            expect(result.root?.querySelectorAll('li').length ?? 0).toBe(page.bullets ?? 0);
            expect(lines.length).toBeGreaterThanOrEqual(page.bullets ?? 0);
            expect(items.filter((item) => !lines.includes(item))).toEqual([]);
          });
          it('keeps the sample duties as lines', () => {
            // Hand-picked sentences (sample_kind "sentences") may sit inside a longer paragraph line.
            const sentences = page.sample_kind === 'sentences';
            for (const sample of page.sample_bullets ?? []) {
              // toSections drops a line's list marker ("1、", "2."), so the sample is looked for without it too.
              if (sentences) expect(lines.some((l) => l.includes(collapse(sample)) || l.includes(unmarked(sample))), sample).toBe(true);
              else expect(lines).toContain(collapse(sample));
            }
          });
          it('splits the text into sections', () => {
            const kinds = new Set(posting.sections.map((s) => s.kind));
            expect(posting.sections.every((s) => s.lines.length > 0)).toBe(true);
            expect(kinds.has('responsibilities') || kinds.has('requirements')).toBe(true);
          });
        } else {
          it('finds no posting on a listing', () => {
            const result = extractPosting(doc, url.href, adapter, { cards: adapter.findCards(doc, url).map((card) => card.element) });
            expect(result.ok).toBe(false);
            if (!result.ok) expect(result.kind).toBe('none');
          });
        }

        if (page.cards !== undefined) {
          it('finds the job cards', () => {
            const cards = adapter.findCards(doc, url);
            expect(cards.length).toBe(page.cards);
            expect(cards.slice(0, 3).map((c) => c.title)).toEqual(page.first_titles ?? []);
            expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
          });
          it('reads every card id from an attribute the adapter declares', () => {
            expect(undeclaredCardIds(adapter, () => adapter.findCards(doc, url))).toEqual([]);
          });
          it('names title elements inside their cards, holding the title', () => {
            for (const card of adapter.findCards(doc, url).filter((c) => c.titleElement)) {
              expect(card.element.contains(card.titleElement!)).toBe(true);
              expect(collapse(card.titleElement!.textContent)).toContain(card.title);
            }
          });
        }
      });
    }
  });
}


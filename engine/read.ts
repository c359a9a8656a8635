// The DOM half of the engine: what a job page shows, read into plain data (a `PageRead`). It runs on the
// page, in the content script, so it stays small: no rules, lexicon, titles or skills (engine/analyze.ts).
import type { AdapterCard, SiteAdapter } from './adapter';
import { errorMessage, extractPosting, type LastReaders } from './extract/index';
import { genericCards } from './extract/listing';
import type { AdapterFailure, PageRead } from './types';

/** The adapter's job cards on the page, and how its finder failed (no cards then). */
export interface CardsFound {
  cards: readonly AdapterCard[];
  failure: AdapterFailure | null;
}

/** The adapter's cards; on a site no adapter knows, the cards of a list of jobs found by its markup (engine/extract/listing.ts). */
export function findCards(doc: Document, url: string, adapter: SiteAdapter | null): CardsFound {
  if (!adapter) return { cards: genericCards(doc, url), failure: null };
  try {
    return { cards: adapter.findCards(doc, new URL(url)), failure: null };
  } catch (e) {
    return { cards: [], failure: { adapter: adapter.id, step: 'cards', message: errorMessage(e) } };
  }
}

/** Past these a page isn't read at all: reading it would stall the page, and no posting or real listing is that big. */
export const PAGE_LIMITS = { elements: 80_000, text: 2_000_000 } as const;

/** Why the page is too large to read (a count past PAGE_LIMITS), or null. Costs one walk of the document. */
export function tooLargeToRead(doc: Document): string | null {
  const step = pageSizeStep(doc);
  let verdict = step(() => true);
  while (verdict === undefined) verdict = step(() => true);
  return verdict;
}

/**
 * How much the page may grow before it is too large to read (null: it is already), so a caller that knows what was
 * added since can tell without counting again. Walks no further than the element limit.
 */
export function pageRoom(doc: Document): { elements: number; text: number } | null {
  const elements = doc.getElementsByTagName('*');
  if (elements.item(PAGE_LIMITS.elements) !== null) return null;
  const text = doc.body?.textContent?.length ?? 0;
  return text > PAGE_LIMITS.text ? null : { elements: PAGE_LIMITS.elements - elements.length, text: PAGE_LIMITS.text - text };
}

// Elements counted per step past the limit: a slice of a huge page's count, a few ms.
const COUNT_STEP = 20_000;

/**
 * tooLargeToRead in steps, for a caller that yields to the page between them: each call of the step walks on
 * while `more()` says so and returns the verdict (as tooLargeToRead's), or undefined when the walk isn't done.
 * A page within the element limit is decided in the first step (walking no further than the limit); only a page
 * past it is counted on, COUNT_STEP elements at a time, for the figure its reason gives.
 */
export function pageSizeStep(doc: Document): (more: () => boolean) => string | null | undefined {
  const elements = doc.getElementsByTagName('*');
  let counted = PAGE_LIMITS.elements;
  let over = false;
  return (more) => {
    // The live collection walks only as far as the element asked for, and resumes from there on the next ask.
    if (!over && elements.item(PAGE_LIMITS.elements) === null) {
      const text = doc.body?.textContent?.length ?? 0;
      return text > PAGE_LIMITS.text ? `this page is too large to read (${text} characters)` : null;
    }
    over = true;
    do {
      if (elements.item(counted + COUNT_STEP) === null) return `this page is too large to read (${elements.length} elements)`;
      counted += COUNT_STEP;
    } while (more());
    return undefined;
  };
}

/**
 * The page's posting (if any) and its job cards, as data; an adapter that threw is reported in it. A caller
 * that has already found the cards (the content script badges them too) passes them so they are found once.
 */
export function readPage(doc: Document, url: string, adapter: SiteAdapter | null, found: CardsFound = findCards(doc, url, adapter), last: LastReaders = {}): PageRead {
  const cards = found.cards.map(({ id, title, company }) => ({ id, title, company }));
  const read = extractPosting(doc, url, adapter, { cards: found.cards.map((card) => card.element), titledCards: found.cards, ...last });
  const failure = read.adapterError ?? found.failure;
  const reported = failure ? { adapterError: failure } : {};
  if (read.ok) return { url, kind: 'posting', source: read.source, posting: read.posting, jobId: read.jobId, cards, ...reported };
  if (cards.length > 0) return { url, kind: 'listing', source: null, posting: null, jobId: null, cards, ...reported };
  const reason = failure && !read.adapterError ? `the ${failure.adapter} reader failed: ${failure.message}` : read.reason;
  return { url, kind: read.kind, source: null, posting: null, jobId: null, cards, reason, ...reported };
}

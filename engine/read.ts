// The DOM half of the engine: what a job page shows, read into plain data (a `PageRead`). It runs on the
// page, in the content script, so it stays small: no rules, lexicon, titles or skills (engine/analyze.ts).
import type { AdapterCard, SiteAdapter } from './adapter';
import { extractPosting } from './extract/index';
import type { PageRead } from './types';

/** The adapter's job cards on the page; none when there is no adapter or its finder fails. */
export function findCardsSafely(doc: Document, url: string, adapter: SiteAdapter | null): AdapterCard[] {
  if (!adapter) return [];
  try {
    return adapter.findCards(doc, new URL(url));
  } catch {
    return [];
  }
}

/**
 * The page's posting (if any) and its job cards, as data. A caller that has already found the cards (the
 * content script badges them too) passes them so they are found once.
 */
export function readPage(doc: Document, url: string, adapter: SiteAdapter | null, found: readonly AdapterCard[] = findCardsSafely(doc, url, adapter)): PageRead {
  const cards = found.map(({ id, title, company }) => ({ id, title, company }));
  const read = extractPosting(doc, url, adapter);
  if (read.ok) return { url, kind: 'posting', source: read.source, posting: read.posting, jobId: read.jobId, cards };
  if (cards.length > 0) return { url, kind: 'listing', source: null, posting: null, jobId: null, cards };
  return { url, kind: read.kind, source: null, posting: null, jobId: null, cards, reason: read.reason };
}

import type { AdapterCard, AdapterPosting } from '../../engine/adapter';
import { first } from '../../engine/extract/text';
import { visibleText } from './visible-text';
import { cardsOf } from './cards';

// StepStone's platform (stepstone.*, totaljobs.com) marks its elements with stable data-at names;
// class names are hashed per release.
const TITLE = ['[data-at="header-job-title"]', 'h1[data-at*="job-title"]'];
const DESCRIPTION = ['[data-at="job-ad-content"]', '[data-at="jobad-content"]', '.js-app-ld-ContentBlock'];

/** "…--12872534-inline.html" (StepStone) or "…-job104759430" (Totaljobs) → the job number. */
export function jobNumber(href: string): string | null {
  return /--(\d{5,})(?:-inline)?\.html/.exec(href)?.[1] ?? /-job(\d{5,})(?:[/?#]|$)/.exec(href)?.[1] ?? null;
}

export function platformPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: jobNumber(url.pathname),
    title: visibleText(titleEl),
    company: visibleText(first(doc, ['[data-at="metadata-company-name"]', '[data-at="header-company-name"]'])) || null,
    location: visibleText(first(doc, ['[data-at="metadata-location"]', '[data-at="header-location"]'])) || null,
    language: null,
    description: first(doc, DESCRIPTION),
  };
}

export function platformTitle(doc: Document): Element | null {
  return first(doc, TITLE);
}

export function platformCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'article[data-at="job-item"]', (el) => {
    const link = el.querySelector('[data-at="job-item-title"]');
    return {
      id: /^job-item-(\d+)$/.exec(el.id)?.[1] ?? jobNumber(link?.getAttribute('href') ?? ''),
      title: visibleText(link),
      company: visibleText(el.querySelector('[data-at="job-item-company-name"]')),
      location: visibleText(el.querySelector('[data-at="job-item-location"]')),
    };
  });
}

export const PLATFORM_CARD_ID_ATTRIBUTES = ['id', 'href'];

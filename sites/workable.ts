import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { cleanText, first } from '../engine/extract/text';
import { cardsOf, readPlaces, hrefIn } from './lib/cards';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';

// apply.workable.com: a job's text in three sections (description, requirements, benefits) marked by data-ui;
// the company's job list as li[data-ui="job-opening"] items.
const TITLE = ['h1[data-ui="job-title"]'];
const SECTIONS = ['[data-ui="job-description"]', '[data-ui="job-requirements"]', '[data-ui="job-benefits"]'];
const SHORTCODE = /\/j\/([A-Z0-9]+)/i;

/** "Support Specialist - Lanternfish": the company ends the page title (no field of its own on the job page). */
function companyOf(doc: Document): string | null {
  return first(doc, ['[data-ui="company-name"]'])?.textContent?.trim() || /\s[-–]\s([^-–]+)$/.exec(cleanText(doc.title))?.[1]?.trim() || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: SHORTCODE.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: companyOf(doc),
    location: visibleText(first(doc, ['[data-ui="job-location"]'])) || null,
    language: null,
    description: gather(doc, SECTIONS.map((s) => first(doc, [s]))),
  };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li[data-ui="job-opening"]', (el) => {
    return { id: SHORTCODE.exec(hrefIn(el, ['a[href*="/j/"]']))?.[1], ...readPlaces(el, { title: ['[data-ui="job-title"]', 'h3', 'h2'], location: ['[data-ui="job-location"]'] }) };
  });
}

export const workable: SiteAdapter = {
  id: 'workable',
  name: 'Workable',
  matches: ['https://apply.workable.com/*'],
  exampleUrls: ['https://apply.workable.com/lanternfish/j/4A1B2C3D4E/', 'https://apply.workable.com/lanternfish/'],
  test: (url) => url.hostname === 'apply.workable.com',
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

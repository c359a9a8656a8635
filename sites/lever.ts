import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first } from '../engine/extract/text';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';
import { cardsOf, readPlaces } from './lib/cards';

const UUID = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/|$)/;
const TITLE = ['.posting-headline h2', '.posting-header h2'];
// The posting body is several sibling sections (intro, one per list, closing); header and apply are not.
const BODY_SECTIONS = '.section-wrapper .section.page-centered:not(.posting-header):not(.last-section-apply):not([data-qa="btn-apply-bottom"])';

/** "Welocalize logo" on every Lever page; else the "<Company> - <Job>" page title. */
function companyOf(doc: Document, jobTitle: string): string | null {
  const alt = cleanText(first(doc, ['.main-header-logo img[alt]'])?.getAttribute('alt')).replace(/\s+logo$/i, '');
  if (alt) return alt;
  const title = cleanText(doc.title);
  return (jobTitle && title.endsWith(` - ${jobTitle}`) ? title.slice(0, -jobTitle.length - 3) : title) || null;
}

function descriptionOf(doc: Document): Element | null {
  const sections = all(doc, BODY_SECTIONS).filter((s) => !s.querySelector('form'));
  return gather(doc, sections) ?? first(doc, ['[data-qa="job-description"]']);
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const title = visibleText(titleEl);
  const location = visibleText(first(doc, ['.posting-categories .location', '.posting-categories .sort-by-location'])) || null;
  return { jobId: UUID.exec(url.pathname)?.[1] ?? null, title, company: companyOf(doc, title), location, language: null, description: descriptionOf(doc) };
}

function findCards(doc: Document): AdapterCard[] {
  const company = companyOf(doc, '');
  return cardsOf(doc, 'div.posting[data-qa-posting-id]', (el) => {
    return { id: el.getAttribute('data-qa-posting-id'), ...readPlaces(el, { title: ['[data-qa="posting-name"]', 'h5'], location: ['.location'] }), company };
  });
}

export const lever: SiteAdapter = {
  id: 'lever',
  name: 'Lever',
  matches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  exampleUrls: [
    'https://jobs.lever.co/welocalize/d1348395-cd06-4c96-a35f-8c7681ccae76',
    'https://jobs.lever.co/iterative',
    'https://jobs.lever.co/januxrx?department=Research',
    'https://jobs.eu.lever.co/example/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  ],
  test: (url) => /^jobs(\.eu)?\.lever\.co$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-qa-posting-id'],
  titleAnchor: (doc) => first(doc, TITLE),
};

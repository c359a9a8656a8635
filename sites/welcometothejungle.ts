import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';
import { cardsOf, readPlaces } from './lib/cards';

// Written from Welcome to the Jungle's public markup (no saved page of this board yet): stable
// data-testid names, hashed classes. Its postings also carry JSON-LD, which the cascade prefers.
const HEADER = '[data-testid="job-metadata-block"]';
const TITLE = [`${HEADER} h2`, `${HEADER} h1`, '[data-testid="job-title"]'];
const SECTIONS = ['[data-testid="job-section-description"]', '[data-testid="job-section-experience"]'];

/** "/en/companies/<company>/jobs/<slug>" → [company slug, job slug]. */
function slugs(href: string): [string, string] | null {
  const m = /\/companies\/([^/?#]+)\/jobs\/([^/?#]+)/.exec(href);
  return m ? [m[1] ?? '', m[2] ?? ''] : null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const header = titleEl.closest(HEADER) ?? doc;
  const company = visibleText(first(header, ['a[href*="/companies/"] span', 'a[href*="/companies/"]'])) || null;
  const location = visibleText(first(header, ['i[name="location"] + span', '[data-testid="job-location"]'])) || null;
  const description = gather(doc, SECTIONS.map((s) => first(doc, [s])));
  return { jobId: slugs(url.pathname)?.[1] ?? null, title: visibleText(titleEl), company, location, language: null, description };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li[data-testid="search-results-list-item-wrapper"]', (el) => {
    const link = all(el, 'a[href*="/jobs/"]').find((a) => slugs(a.getAttribute('href') ?? ''));
    return {
      id: slugs(link?.getAttribute('href') ?? '')?.[1],
      ...readPlaces(el, {
        title: ['h4', 'h3', 'h2'],
        company: ['[data-testid="search-results-list-item-company-name"]', 'span.wui-text'],
        location: ['i[name="location"] + span', '[data-testid="search-results-list-item-location"]'],
      }),
    };
  });
}

export const welcometothejungle: SiteAdapter = {
  id: 'welcometothejungle',
  name: 'Welcome to the Jungle',
  matches: ['https://*.welcometothejungle.com/*'],
  exampleUrls: [
    'https://www.welcometothejungle.com/en/companies/alan/jobs/data-analyst_paris',
    'https://www.welcometothejungle.com/fr/jobs?query=product%20manager&refinementList%5Boffices.country_code%5D%5B%5D=FR',
  ],
  test: (url) => /(^|\.)welcometothejungle\.com$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

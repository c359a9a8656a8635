import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf, readPlaces } from './lib/cards';
import { visibleText } from './lib/visible-text';

// SAP SuccessFactors Career Site Builder (jobs2web): job pages marked by data-careersite-propertyid (with
// schema.org microdata), search results as tr.data-row rows (or li.job-tile tiles on newer themes).
const TITLE = ['[data-careersite-propertyid="title"]', '[itemprop="title"]', '.jobTitle h1'];
const DESCRIPTION = ['[data-careersite-propertyid="description"] .jobdescription', 'span.jobdescription', '[itemprop="description"]'];
const JOB_ID = /\/job\/[^/]+\/(\d+)\/?$/;

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const company = first(doc, ['meta[itemprop="hiringOrganization"]'])?.getAttribute('content') || first(doc, ['meta[property="og:site_name"]'])?.getAttribute('content');
  return {
    jobId: JOB_ID.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: company?.trim() || null,
    location: visibleText(first(doc, ['.jobGeoLocation', '[data-careersite-propertyid="location"]'])) || null,
    language: null,
    description: first(doc, DESCRIPTION),
  };
}

/** A row repeats its title and place for phones (visible-phone): the desktop copy is read. */
function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'tr.data-row, li.job-tile', (el) => {
    const card = readPlaces(el, { title: ['span.jobTitle.hidden-phone a.jobTitle-link', 'a.jobTitle-link'], location: ['span.jobLocation:not(.visible-phone)', '.jobLocation'] });
    return { id: JOB_ID.exec(card.titleElement?.getAttribute('href') ?? el.getAttribute('data-url') ?? '')?.[1], ...card };
  });
}

export const successfactors: SiteAdapter = {
  id: 'successfactors',
  name: 'SAP SuccessFactors',
  matches: ['https://*.jobs2web.com/*'],
  exampleUrls: [
    'https://illinois.jobs2web.com/job/Elgin-EXECUTIVE-SECRETARY-II-%28UPWARD-MOBILITY%29-IL-60123/1267807900/',
    'https://illinois.jobs2web.com/search/?q=secretary&locationsearch=Chicago',
  ],
  test: (url) => url.hostname.endsWith('.jobs2web.com'),
  extractPosting,
  findCards,
  cardIdAttributes: ['href', 'data-url'],
  titleAnchor: (doc) => first(doc, TITLE),
};

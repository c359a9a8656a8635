import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { visibleText } from './lib/visible-text';
import { cardsOf, readPlaces } from './lib/cards';

const TITLE = ['article.job header h1', '[data-qa="job-title"]', 'h1[class*="jobTitle"]'];
const DESCRIPTION = ['[itemprop="description"]', '[data-qa="job-description"]', '.description'];
const COMPANY = ['[itemprop="hiringOrganization"] [itemprop="name"]', '[data-qa="recruiter-name"]', '[data-element="about_recruiter"]'];

function jobIdOf(url: URL): string | null {
  return /\/jobs\/[^/]+\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

/** "Manchester, Lancashire": locality and region sit in two labelled spans. */
function locationOf(doc: Document): string | null {
  const parts = [first(doc, ['[data-qa="regionLbl"]', '[data-qa="wwlocalityMobileLbl"]']), first(doc, ['[data-qa="localityLbl"]', '[data-qa="regionMobileLbl"]'])]
    .map(visibleText)
    .filter(Boolean);
  return parts.length ? parts.join(', ') : visibleText(first(doc, ['[data-qa="job-location"]'])) || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return { jobId: jobIdOf(url), title: visibleText(titleEl), company: visibleText(first(doc, COMPANY)) || null, location: locationOf(doc), language: null, description: first(doc, DESCRIPTION) };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'article.job-result, article[data-qa="job-card"]', (el) => {
    const card = readPlaces(el, {
      title: ['.job-result-heading__title a', '[data-qa="job-card-title"]', 'h2 a', 'h3 a'],
      company: ['.job-result-heading__posted-by a', '[data-qa="job-posted-by"] a', '[data-qa="job-posted-by"]'],
      location: ['.job-metadata__item--location', '[data-qa="job-metadata-location"]'],
    });
    return { id: el.getAttribute('data-id') ?? /\/jobs\/[^/]+\/(\d+)/.exec(card.titleElement?.getAttribute('href') ?? '')?.[1], ...card };
  });
}

export const reed: SiteAdapter = {
  id: 'reed',
  name: 'Reed',
  matches: ['https://*.reed.co.uk/jobs/*'],
  exampleUrls: [
    'https://www.reed.co.uk/jobs/software-developer/52507327?source=searchResults&filter=%2Fjobs%2Fsoftware-developer-jobs',
    'https://www.reed.co.uk/jobs/software-developer-jobs-in-manchester',
  ],
  test: (url) => /(^|\.)reed\.co\.uk$/.test(url.hostname) && /^\/jobs\//.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-id', 'href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

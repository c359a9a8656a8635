import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { visibleText } from './lib/visible-text';
import { onDomains } from './lib/domains';
import { cardsOf, textIn } from './lib/cards';

const DOMAINS = ['ziprecruiter.com', 'ziprecruiter.co.uk', 'ziprecruiter.ca'];
const PANE = '[data-testid="right-pane"]';

/** The search page's detail pane names the job in its first <h2>; "Job description" heads the text. */
function paneParts(doc: Document): { title: Element; description: Element | null } | null {
  const pane = first(doc, [PANE]);
  const heads = pane ? all(pane, 'h2') : [];
  const title = heads[0];
  if (!title) return null;
  const textHead = heads.slice(1).find((h) => /job description/i.test(visibleText(h))) ?? heads[1];
  return { title, description: textHead?.nextElementSibling ?? null };
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const jobId = url.searchParams.get('lk') ?? url.searchParams.get('jid');
  const pane = paneParts(doc);
  if (pane) {
    const head = pane.title.parentElement;
    const company = visibleText(head?.querySelector('a[href^="/co/"], a[href*="/co/"]')) || null;
    const location = visibleText(head?.querySelector('p')) || null;
    return { jobId, title: visibleText(pane.title), company, location, language: null, description: pane.description };
  }
  // Stand-alone job page (/c/<company>/Job/<title>/...).
  const titleEl = first(doc, ['h1.job_title', '[class*="job_title"] h1']);
  if (!titleEl) return null;
  const company = visibleText(first(doc, ['.hiring_company_text a', '.hiring_company_text', 'a.hiring_company'])) || null;
  const location = visibleText(first(doc, ['.location_text', '.hiring_location'])) || null;
  return { jobId, title: visibleText(titleEl), company, location, language: null, description: first(doc, ['.job_description', '.jobDescriptionSection']) };
}

/** Each card is rendered twice (mobile and desktop layouts): one per id. */
function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'article[id^="job-card-"]', (el) => {
    const titleElement = el.querySelector('h2');
    return {
      id: el.id.slice('job-card-'.length),
      title: titleElement?.getAttribute('aria-label') || visibleText(titleElement),
      company: textIn(el, ['[data-testid="job-card-company"]']),
      location: textIn(el, ['[data-testid="job-card-location"]']),
      titleElement,
    };
  });
}

export const ziprecruiter: SiteAdapter = {
  id: 'ziprecruiter',
  name: 'ZipRecruiter',
  ...onDomains(DOMAINS),
  exampleUrls: [
    'https://www.ziprecruiter.com/jobs-search?search=staff+platform+architect&location=Remote+%28USA%29',
    'https://www.ziprecruiter.com/c/Anchorage-Digital/Job/Member-of-Technical-Staff/-in-Charleston,WV?jid=9f8e7d6c5b4a3210',
    'https://www.ziprecruiter.co.uk/jobs/search?q=nurse&l=Leeds',
  ],
  extractPosting,
  findCards,
  cardIdAttributes: ['id'],
  titleAnchor: (doc) => paneParts(doc)?.title ?? first(doc, ['h1.job_title']),
};

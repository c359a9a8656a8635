import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first, inertDocument } from '../engine/extract/text';
import { visibleText } from './lib/visible-text';
import { cardsOf } from './lib/cards';

// The job on screen sits in .job-details-card; "Similar Jobs" and "Other open jobs by this Client"
// below it carry other jobs' texts.
const TITLE = ['.job-details-card h4 .flex-1', '.job-details-card h4', '.job-details-card h1'];
const DESCRIPTION = ['.job-details-card [data-test="Description"]', '[data-test="JobDetailsUserAir3"] [data-test="Description"]'];
const PAY = /^(hourly|fixed[- ]price|budget)$/i;

/** "…_~021836097417550972322/" (job page) or "/jobs/~0218…/" (card link) → the job's cipher number. */
function jobIdOf(href: string): string | null {
  return /~(\d{6,})/.exec(href)?.[1] ?? null;
}

/** "Hourly: Less than 30 hrs/week", "Hourly: $25.00-$50.00", "Fixed-price: $500.00" from the features list. */
function payTerms(doc: Document): string[] {
  return all(doc, '.job-details-card [data-test="Features"] li').flatMap((li) => {
    const label = visibleText(li.querySelector('.description'));
    if (!PAY.test(label)) return [];
    const copy = li.cloneNode(true) as Element;
    for (const el of all(copy, '.description')) el.remove();
    const value = visibleText(copy);
    return value ? [`${label}: ${value}`] : [];
  });
}

/** The client's text, then the pay terms as lines of their own (a detached copy; the page is not touched). */
function descriptionOf(doc: Document): Element | null {
  const text = first(doc, DESCRIPTION);
  const terms = payTerms(doc);
  const box = text && terms.length ? inertDocument(doc)?.createElement('div') : null;
  if (!text || !box) return text;
  box.append(text.cloneNode(true), ...terms.map((t) => Object.assign(box.ownerDocument.createElement('p'), { textContent: t })));
  return box;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  // Clients are anonymous on Upwork: there is no company to read.
  const location = visibleText(first(doc, ['.job-details-card [data-test="LocationLabel"]'])) || null;
  return { jobId: jobIdOf(url.pathname), title: visibleText(titleEl), company: null, location, language: null, description: descriptionOf(doc) };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'article[data-test="JobTile"]', (el) => {
    const link = first(el, ['a[data-test*="job-tile-title-link"]', '.job-tile-title a', 'h2 a[href*="/jobs/"]']);
    return {
      id: link && (jobIdOf(link.getAttribute('href') ?? '') ?? el.getAttribute('data-ev-job-uid')),
      title: visibleText(link),
      titleElement: link,
    };
  });
}

export const upwork: SiteAdapter = {
  id: 'upwork',
  name: 'Upwork',
  matches: ['https://www.upwork.com/jobs/*', 'https://www.upwork.com/freelance-jobs/apply/*', 'https://www.upwork.com/nx/search/jobs/*'],
  exampleUrls: [
    'https://www.upwork.com/jobs/Need-Higher-Level-expert-set-CRM-for-life-insurance-campaign_~021836097417550972322/',
    'https://www.upwork.com/jobs/~021827749074277538426/',
    'https://www.upwork.com/freelance-jobs/apply/Python-Developer-for-Data-Pipeline_~021900000000000000001/',
    'https://www.upwork.com/nx/search/jobs/?q=gohighlevel&sort=recency',
    'https://www.upwork.com/nx/search/jobs/details/~021836097417550972322?q=gohighlevel',
  ],
  test: (url) => url.hostname === 'www.upwork.com' && /^\/(jobs|freelance-jobs\/apply|nx\/search\/jobs)\//.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href', 'data-ev-job-uid'],
  titleAnchor: (doc) => first(doc, TITLE),
};

import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { cleanText, first } from '../engine/extract/text';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';
import { cardsOf, readPlaces, hrefIn } from './lib/cards';

// Written from SmartRecruiters' public markup (no saved page of this board yet): schema.org
// itemprops on the posting, one <section> per part of the description.
const TITLE = ['h1.job-title', 'h1[itemprop="title"]'];
const SECTIONS = ['#st-companyDescription', '#st-jobDescription', '#st-qualifications', '#st-additionalInformation'];

/** "jobs.smartrecruiters.com/<Company>/<744000012345678>-<slug>" → the numeric id. */
function jobIdOf(href: string): string | null {
  return /smartrecruiters\.com\/[^/]+\/(\d{6,})/.exec(href)?.[1] ?? /^\/[^/]+\/(\d{6,})/.exec(href)?.[1] ?? null;
}

function companyOf(doc: Document): string | null {
  const meta = first(doc, ['[itemprop="hiringOrganization"] [itemprop="name"]'])?.getAttribute('content');
  return cleanText(meta) || visibleText(first(doc, ['.company-name', '[itemprop="hiringOrganization"]'])) || null;
}

function locationOf(doc: Document): string | null {
  const el = first(doc, ['spl-job-location', '[itemprop="jobLocation"]', '.job-location']);
  return cleanText(el?.getAttribute('formattedaddress')) || visibleText(el) || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const description = gather(doc, SECTIONS.map((s) => first(doc, [s]))) ?? first(doc, ['[itemprop="description"]', '.job-sections']);
  return { jobId: jobIdOf(url.href), title: visibleText(titleEl), company: companyOf(doc), location: locationOf(doc), language: null, description };
}

/** Careers page: openings grouped under location / department headings. */
function findCards(doc: Document): AdapterCard[] {
  const company = cleanText(first(doc, ['meta[property="og:site_name"]'])?.getAttribute('content'));
  return cardsOf(doc, 'li.opening-job', (el) => ({
    id: jobIdOf(hrefIn(el, ['a[href]'])),
    ...readPlaces(el, { title: ['.job-title', 'h4'], location: ['.job-desc', '.job-location'] }),
    company,
  }));
}

export const smartrecruiters: SiteAdapter = {
  id: 'smartrecruiters',
  name: 'SmartRecruiters',
  matches: ['https://jobs.smartrecruiters.com/*', 'https://careers.smartrecruiters.com/*'],
  exampleUrls: [
    'https://jobs.smartrecruiters.com/Visa/744000012345678-senior-data-engineer',
    'https://careers.smartrecruiters.com/Bosch',
  ],
  test: (url) => /^(jobs|careers)\.smartrecruiters\.com$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

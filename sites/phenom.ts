import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf, readPlaces } from './lib/cards';
import { careerSiteCompany, carries } from './lib/career-site';
import { companySubdomains } from './lib/domains';
import { visibleText } from './lib/visible-text';

// Phenom serves companies' career sites on their own domains (careers.<company>.com, jobs.<company>.com): jobs at
// /<country>/<lang>/job/<id>/<title>, searches at /<country>/<lang>/search-results. By URL only its own
// phenompeople.com subdomains are claimed; elsewhere a page is known by its markup: its automation attributes
// (data-ph-at-id) or scripts and styles from phenompeople.com, with markup this adapter reads — result items
// (li.jobs-list-item, the link a[data-ph-at-id=job-link] naming the job's id in data-ph-at-job-id-text) or a job's
// description (.jd-info, [data-ph-at-id=jobdescription-text]). Newer builds with hashed classes only are left to the
// page's JSON-LD and the generic readers.
const JOB_ID = /\/job\/([^/?#]+)/;
const TITLE = ['[data-ph-at-id="job-title"]', '[data-ph-at-id="jobtitle-text"]', '[data-ph-at-id="job-title-text"]', '.job-header-info h1', 'h1.job-title', '.jd-job-title'];
const DESCRIPTION = ['.jd-info', '[data-ph-at-id="jobdescription-text"]', '[data-ph-at-id="job-description-text"]', '[data-ph-at-id="job-description"]'];
const ITEM = 'li.jobs-list-item, [data-ph-at-id="jobs-list-item"], [data-ph-at-id="job-listing"]';
const LINK = 'a[data-ph-at-id="job-link"], a[href*="/job/"]';
const MARK = '[data-ph-at-id], script[src*="phenompeople.com/"], link[href*="phenompeople.com/"]';
const READABLE = `${ITEM}, ${DESCRIPTION.join(', ')}`;
const isJobPage = (url: URL): boolean => /\/job\//.test(url.pathname);

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = isJobPage(url) ? first(doc, TITLE) : null;
  if (!titleEl) return null;
  return {
    jobId: JOB_ID.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: careerSiteCompany(doc),
    location: visibleText(first(doc, ['[data-ph-at-id="job-location"]', '.job-header-info .job-location', '.job-location'])) || null,
    language: null,
    description: first(doc, DESCRIPTION),
  };
}

/** A result item: the words it shows, the job's id from its link (data-ph-at-job-id-text, else the /job/<id> path). */
function findCards(doc: Document, url: URL): AdapterCard[] {
  if (isJobPage(url)) return [];
  return cardsOf(doc, ITEM, (el) => {
    const link = el.querySelector(LINK);
    const id = link?.getAttribute('data-ph-at-job-id-text') || JOB_ID.exec(link?.getAttribute('href') ?? '')?.[1];
    return { id, ...readPlaces(el, { title: ['.job-title span', '.job-title', '[data-ph-at-id="job-title"]', LINK], location: ['.job-location', '[data-ph-at-id="job-location"]'] }) };
  });
}

export const phenom: SiteAdapter = {
  id: 'phenom',
  name: 'Phenom',
  ...companySubdomains('phenompeople.com', ['www', 'cdn', 'content-us', 'content-eu', 'api']),
  exampleUrls: [
    'https://careers.lanternfish.phenompeople.com/us/en/job/R-20417/Data-Analyst',
    'https://careers.lanternfish.phenompeople.com/global/en/search-results?keywords=analyst',
  ],
  ownsPage: (doc) => carries(doc, MARK, READABLE),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-ph-at-job-id-text', 'href'],
  titleAnchor: (doc) => first(doc, TITLE),
  readsWholePage: true,
};

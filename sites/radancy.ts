import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf, readPlaces } from './lib/cards';
import { careerSiteCompany, carries } from './lib/career-site';
import { companySubdomains } from './lib/domains';
import { visibleText } from './lib/visible-text';

// Radancy's TalentBrew serves companies' career sites on their own domains (jobs.paloaltonetworks.com,
// careers.amgen.com): jobs at [/<lang>]/job/<city>/<title>/<org id>/<job id>, searches at [/<lang>]/search-jobs.
// By URL only its own talentbrew.com subdomains are claimed; elsewhere a page is known by its markup: styles and
// scripts from tbcdn.talentbrew.com, and lists of jobs (#search-results-list, job-list modules: li > a[data-job-id], the
// title its heading or *title element, the place a *location element) or a job's .ats-description (AJD themes: ajd_header__job-title,
// ajd_header__location; older ones: section.job-description with its h1 and .job-location).
const JOB_ID = /\/job\/(?:[^/]+\/)*\d+\/(\d+)\/?$/;
const TITLE = ['.ajd_header__job-title', '.ajd_job-details__title', 'section.job-description h1', '[data-selector-name="jobdetails"] h1', 'h1.job-title'];
const MARK = 'link[href*="tbcdn.talentbrew.com/"], script[src*="tbcdn.talentbrew.com/"]';
const READABLE = 'li > a[data-job-id], .ats-description';
const isJobPage = (url: URL): boolean => /\/job\//.test(url.pathname);

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = isJobPage(url) ? first(doc, TITLE) : null;
  if (!titleEl) return null;
  const section = doc.querySelector('[data-selector-name="jobdetails"][data-job-id], .ajd_job-details[data-job-id]');
  return {
    jobId: section?.getAttribute('data-job-id') || (JOB_ID.exec(url.pathname)?.[1] ?? null),
    title: visibleText(titleEl),
    company: careerSiteCompany(doc),
    location: visibleText(first(doc, ['.ajd_header__location', '.job-description .job-location', '.job-location'])) || null,
    language: null,
    description: first(doc, ['.ajd_job-details__ats-description', '.ats-description']),
  };
}

/**
 * A job of a list (the search results, the theme's job-list modules: "jobs near you", recently posted) is a list item
 * whose own link names the job's id; the "Save for later" button beside it repeats the id.
 */
function findCards(doc: Document, url: URL): AdapterCard[] {
  if (isJobPage(url)) return [];
  return cardsOf(doc, 'li', (el) => {
    const link = el.querySelector('a[data-job-id]');
    if (link?.closest('li') !== el) return { id: null, title: '' };
    const id = link.getAttribute('data-job-id') || JOB_ID.exec(link.getAttribute('href') ?? '')?.[1];
    return { id, ...readPlaces(el, { title: ['h2', 'h3', '.job-title', '[class*="title"]', 'a'], location: ['.job-location', '[class*="location"]'] }) };
  });
}

export const radancy: SiteAdapter = {
  id: 'radancy',
  name: 'Radancy (TalentBrew)',
  ...companySubdomains('talentbrew.com', ['www', 'tbcdn', 'api', 'help']),
  exampleUrls: [
    'https://lanternfish.talentbrew.com/job/leeds/data-analyst/48210/91234567890',
    'https://lanternfish.talentbrew.com/en/search-jobs?k=analyst',
  ],
  ownsPage: (doc) => carries(doc, MARK, READABLE),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-job-id', 'href'],
  titleAnchor: (doc) => first(doc, TITLE),
  readsWholePage: true,
};

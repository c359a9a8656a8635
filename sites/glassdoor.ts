import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { visibleText } from './lib/visible-text';
import { uniqueCards } from './lib/unique-cards';
import { cardOf } from './lib/cards';
import { onDomains } from './lib/domains';

const DOMAINS = ['glassdoor.com', 'glassdoor.co.in', 'glassdoor.co.uk', 'glassdoor.de', 'glassdoor.fr', 'glassdoor.ca', 'glassdoor.com.au', 'glassdoor.ie', 'glassdoor.nl', 'glassdoor.sg', 'glassdoor.com.hk'];

// Hashed CSS-module classes keep their readable prefix: match on it.
const DETAILS = '[class*="JobDetails_jobDetailsContainer__"]';
const TITLE = ['h1[id^="jd-job-title"]', `${DETAILS} h1`];
const DESCRIPTION = ['[class*="JobDetails_jobDescription__"]', '.jobDescriptionContent', '#JobDescriptionContainer'];
const COMPANY = [
  `${DETAILS} [class*="EmployerProfile_employerNameHeading__"]`,
  `${DETAILS} [data-test="employer-name"]`,
  '[data-test="employerName"]',
];

function jobIdOf(titleEl: Element | null, url: URL): string | null {
  return /jd-job-title-(\d+)/.exec(titleEl?.id ?? '')?.[1] ?? url.searchParams.get('jl') ?? null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const company = visibleText(first(doc, COMPANY)) || null;
  const location = visibleText(first(doc, [`${DETAILS} [data-test="location"]`, '[data-test="location"]'])) || null;
  return { jobId: jobIdOf(titleEl, url), title: visibleText(titleEl), company, location, language: null, description: first(doc, DESCRIPTION) };
}

function findCards(doc: Document): AdapterCard[] {
  return uniqueCards([
    ...all(doc, 'li[data-test="jobListing"][data-jobid]').map((el) =>
      cardOf(el, {
        id: el.getAttribute('data-jobid'),
        title: visibleText(el.querySelector('a[data-test="job-title"]')),
        company: visibleText(first(el, ['[class*="EmployerProfile_compactEmployerName__"]', '[class*="EmployerProfile_employerName"]'])),
        location: visibleText(el.querySelector('[data-test="emp-location"]')),
      })),
    // 2020 markup: the employer is the text link in the card header; its cards embed <style> blocks.
    ...all(doc, 'li.react-job-listing[data-id]').map((el) =>
      cardOf(el, {
        id: el.getAttribute('data-id'),
        title: visibleText(el.querySelector('a.jobTitle')),
        company: visibleText(first(el, ['.jobHeader a', '[data-test="employer-short-name"]'])),
        location: visibleText(el.querySelector('.loc')) || el.getAttribute('data-job-loc'),
      })),
  ]);
}

export const glassdoor: SiteAdapter = {
  id: 'glassdoor',
  name: 'Glassdoor',
  ...onDomains(DOMAINS),
  exampleUrls: [
    'https://www.glassdoor.co.in/Job/india-data-scientist-jobs-SRCH_IL.0,5_KO6,20.htm',
    'https://www.glassdoor.com/Job/new-york-software-engineer-jobs-SRCH_IL.0,8_IC1132348_KO9,26.htm',
    'https://www.glassdoor.com/job-listing/software-engineer-acme-JV_IC1132348_KO0,17_KE18,22.htm?jl=1009722062558',
    'https://www.glassdoor.co.uk/Job/london-nurse-jobs-SRCH_IL.0,6_IC2671300_KO7,12.htm',
    'https://www.glassdoor.de/Job/berlin-entwickler-jobs-SRCH_IL.0,6_IC2622109_KO7,17.htm',
  ],
  extractPosting,
  findCards,
  cardIdAttributes: ['data-jobid', 'data-id'],
  titleAnchor: (doc) => first(doc, TITLE),
};

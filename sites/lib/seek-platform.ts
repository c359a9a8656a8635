import type { AdapterCard, AdapterPosting } from '../../engine/adapter';
import { first } from '../../engine/extract/text';
import { cardsOf } from './cards';
import { visibleText } from './visible-text';

// SEEK's platform (seek.com.au, seek.co.nz, and JobStreet and Jobsdb since they moved onto it) marks its elements
// with data-automation names, as public scrapers and their fixtures read them: result cards
// article[data-automation="normalJob"|"premiumJob"][data-job-id] holding a[data-automation="jobTitle"] (href /job/<id>),
// jobCompany and jobLocation; a job's page h1[data-automation="job-detail-title"], advertiser-name,
// job-detail-location and the text in jobAdDetails. Class names are hashed per release.
const TITLE = ['[data-automation="job-detail-title"]'];
const JOB_PATH = /^\/job\/(\d+)/;
const auto = (name: string): string => `[data-automation="${name}"]`;

export function seekPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: JOB_PATH.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: visibleText(first(doc, [auto('advertiser-name')])) || null,
    location: visibleText(first(doc, [auto('job-detail-location')])) || null,
    language: null,
    description: first(doc, [auto('jobAdDetails')]),
  };
}

export const seekTitle = (doc: Document): Element | null => first(doc, TITLE);

export function seekCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, `article${auto('normalJob')}, article${auto('premiumJob')}`, (el) => {
    const titleElement = first(el, [auto('jobTitle')]);
    return {
      id: el.getAttribute('data-job-id') || /\/job\/(\d+)/.exec(titleElement?.getAttribute('href') ?? '')?.[1],
      title: visibleText(titleElement),
      company: visibleText(first(el, [auto('jobCompany')])),
      location: visibleText(first(el, [auto('jobLocation')])),
      titleElement,
    };
  });
}

export const SEEK_CARD_ID_ATTRIBUTES = ['data-job-id', 'href'];

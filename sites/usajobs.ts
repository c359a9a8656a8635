import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';
import { cardsOf, readPlaces, textIn } from './lib/cards';

const TITLE = ['h1.usajobs-joa-banner__title', '#job-title'];
// The announcement's own sections, in page order. Not read: their small-screen repeats (without ids), the
// site-wide "This job is open to" and "Fair & Transparent", and "How You Will Be Evaluated" (rating rules,
// whose "you will" heading would pass them off as duties).
const SECTIONS = ['#summary', '#duties', '#requirements', '#required-documents', '#how-to-apply'];
// Inside them: "Help" links, small-screen copies and the HR contact card (name, phone, address).
const CHROME = '.usajobs-joa-section__help, .desktop-display-none, #agencycontact';
const JOB_ID = /\/(?:job|GetJob\/ViewDetails)\/(\d{6,})/i;

/** "Veterans Affairs, Veterans Health Administration" → "Veterans Health Administration": the line runs parent to sub-agency. */
function agencyOf(text: string): string | null {
  return text.split(', ').pop()?.trim() || null;
}

function locationOf(doc: Document): string | null {
  const cities = [...new Set(all(doc, '.usajobs-joa-locations__city').map(visibleText).filter(Boolean))];
  return cities.length ? cities.join('; ') : null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const jobId = JOB_ID.exec(url.pathname)?.[1] ?? (first(doc, ['input#ControlNumber'])?.getAttribute('value') || null);
  const company = agencyOf(visibleText(first(doc, ['.usajobs-joa-banner__agency'])) || visibleText(first(doc, ['.usajobs-joa-banner__dept'])));
  const description = gather(doc, SECTIONS.map((s) => first(doc, [s])), CHROME);
  return { jobId, title: visibleText(titleEl), company, location: locationOf(doc), language: null, description };
}

/** Search results: the "core" result rows and the "card" variation of USAJOBS' design system. */
function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, '.usajobs-search-result--core, .usajobs-search-result--card', (el) => {
    const link = first(el, ['a.usajobs-search-result--core__title', 'a[href*="/job/"]', 'a[href*="/GetJob/ViewDetails/"]']);
    return {
      id: link?.getAttribute('data-document-id') || JOB_ID.exec(link?.getAttribute('href') ?? '')?.[1],
      ...readPlaces(el, { title: ['.usajobs-search-result--core__title', '.usajobs-search-result__title'], location: ['.usajobs-search-result--core__location', '.usajobs-search-result__location'] }),
      company: agencyOf(textIn(el, ['.usajobs-search-result--core__agency', '.usajobs-search-result__agency'])),
    };
  });
}

export const usajobs: SiteAdapter = {
  id: 'usajobs',
  name: 'USAJOBS',
  matches: ['https://www.usajobs.gov/job/*', 'https://www.usajobs.gov/Job/*', 'https://www.usajobs.gov/GetJob/*', 'https://www.usajobs.gov/Search/*', 'https://www.usajobs.gov/search/*'],
  exampleUrls: [
    'https://www.usajobs.gov/job/526456600',
    'https://www.usajobs.gov/GetJob/ViewDetails/520693900',
    'https://www.usajobs.gov/Search/Results?k=nurse&l=Rapid%20City%2C%20South%20Dakota',
    'https://www.usajobs.gov/search/results/?j=2005',
  ],
  test: (url) => url.hostname === 'www.usajobs.gov' && /^\/(job|getjob|search)\//i.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-document-id', 'href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

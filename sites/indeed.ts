import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, parseDetached } from '../engine/extract/text';
import { fieldsAt, stringOr } from '../engine/extract/json';
import { assignedJson } from './lib/page-data';
import { firstWithText, visibleText } from './lib/visible-text';
import { uniqueCards } from './lib/unique-cards';
import { onDomains } from './lib/domains';
import { cardOf } from './lib/cards';

// Indeed runs on <cc>.indeed.com and on a few national domains.
const DOMAINS = ['indeed.com', 'indeed.co.uk', 'indeed.co.in', 'indeed.de', 'indeed.fr', 'indeed.nl', 'indeed.es', 'indeed.it', 'indeed.jp', 'indeed.ca', 'indeed.ch', 'indeed.ie'];

const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title', '[data-testid="simpler-jobTitle"]'];
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-JobComponent-description'];
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '.jobsearch-JobInfoHeader-companyNameSimple',
  'a.jobsearch-JobInfoHeader-companyNameLink',
  '.jobsearch-CompanyInfoContainer [data-company-name="true"]',
];
const LOCATION = ['[data-testid="inlineHeader-companyLocation"]', '[data-testid="jobsearch-JobInfoHeader-companyLocation"]', '[data-testid="job-location"]'];

/** The selected job: `jk` on viewjob, `vjk` on search, else the "fromjk" of the detail pane's company link. */
function jobIdOf(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('jk') ?? url.searchParams.get('vjk');
  if (fromUrl) return fromUrl;
  const link = first(doc, ['.jobsearch-RightPane a[href*="fromjk="]', '#jobsearch-ViewjobPaneWrapper a[href*="fromjk="]'])?.getAttribute('href');
  return /[?&]fromjk=([0-9a-f]+)/.exec(link ?? '')?.[1] ?? null;
}

/** The title without its screen-reader " - job post" suffix (2026 markup hides it by hashed class only). */
function titleOf(el: Element | null): string {
  return visibleText(el).replace(/\s+-\s+job post$/i, '');
}

/** 2023 markup: the location is an unmarked <div> after the company block. */
function subtitleLocation(doc: Document): string | null {
  const sub = first(doc, ['.jobsearch-JobInfoHeader-subtitle']);
  const line = sub && Array.from(sub.children).find((c) => !c.matches('.jobsearch-InlineCompanyRating') && visibleText(c));
  return line ? visibleText(line) : null;
}

/** Served viewjob shells (and our saved uk page) carry the job only in window._initialData. */
function fromInitialData(doc: Document, url: URL): AdapterPosting | null {
  const model = fieldsAt(assignedJson(doc, '_initialData'), 'jobInfoWrapperModel', 'jobInfoModel');
  const head = fieldsAt(model, 'jobInfoHeaderModel');
  if (!model || typeof head?.jobTitle !== 'string') return null;
  const html = stringOr(model.sanitizedJobDescription);
  const description = html ? parseDetached(doc, html) : null;
  return { jobId: jobIdOf(doc, url), title: cleanText(head.jobTitle), company: stringOr(head.companyName), location: stringOr(head.formattedLocation), language: null, description };
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  const description = first(doc, DESCRIPTION);
  if (!titleEl) return description ? null : fromInitialData(doc, url);
  const companyEl = COMPANY.map((s) => firstWithText(doc, s)).find(Boolean) ?? null;
  const company = visibleText(companyEl) || null;
  const location = visibleText(first(doc, LOCATION)) || subtitleLocation(doc);
  return { jobId: jobIdOf(doc, url), title: titleOf(titleEl), company, location, language: null, description };
}

function card(el: Element, id: string | null | undefined, titleEl: Element | null, company: Element | null, location: Element | null): AdapterCard | null {
  const title = titleEl?.getAttribute('title') ? cleanText(titleEl.getAttribute('title')) : visibleText(titleEl);
  return cardOf(el, { id, title, company: visibleText(company), location: visibleText(location) });
}

function findCards(doc: Document): AdapterCard[] {
  return uniqueCards([
    ...all(doc, 'div.job_seen_beacon').map((el) => {
      const link = el.querySelector('a[data-jk]');
      return card(el, link?.getAttribute('data-jk'), link?.querySelector('span[title]') ?? link ?? null,
        first(el, ['[data-testid="company-name"]', '.companyName']), first(el, ['[data-testid="text-location"]', '.companyLocation']));
    }),
    // 2020 markup
    ...all(doc, 'div.jobsearch-SerpJobCard[data-jk]').map((el) =>
      card(el, el.getAttribute('data-jk'), first(el, ['h2.title a[title]', 'h2.title a']), el.querySelector('.company'), el.querySelector('.location'))),
  ]);
}

export const indeed: SiteAdapter = {
  id: 'indeed',
  name: 'Indeed',
  ...onDomains(DOMAINS),
  exampleUrls: [
    'https://www.indeed.com/viewjob?jk=4f170c36211cf5a0',
    'https://www.indeed.com/q-python-l-remote-jobs.html',
    'https://www.indeed.com/jobs?q=nurse&l=Boston%2C+MA&vjk=4c819be57353b91d',
    'https://hk.indeed.com/q-software-engineer-jobs.html',
    'https://jp.indeed.com/viewjob?jk=660c6639c9f1aedd',
    'https://uk.indeed.com/viewjob?jk=14ffe2be7ba7b921',
    'https://de.indeed.com/jobs?q=pflege&l=Berlin',
    'https://www.indeed.co.uk/jobs?q=developer',
  ],
  extractPosting,
  findCards,
  cardIdAttributes: ['data-jk'],
  titleAnchor: (doc) => first(doc, TITLE),
};

import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf, readPlaces, hrefIn } from './lib/cards';
import { visibleText } from './lib/visible-text';

// Job pages ("lis-container" layout, 2024–) and the category/search lists of li.new-listing-container.
const TITLE = ['h1.lis-container__header__hero__company-info__title', '.listing-header-container h1'];
const DESCRIPTION = ['.lis-container__job__content__description', '#job-listing-show-container', '.listing-container'];
const COMPANY = ['.lis-container__job__sidebar__companyDetails__info__title', '.listing-header-container h2'];
const SLUG = /^\/remote-jobs\/([a-z0-9-]+)$/;

/** "Region: Anywhere in the World" in the job's "About the job" list. */
function regionOf(doc: Document): string | null {
  const item = Array.from(doc.querySelectorAll('.lis-container__job__sidebar__job-about__list__item')).find((li) => /^\s*Region\b/i.test(li.textContent ?? ''));
  return visibleText(item?.querySelector('.box--region, .box') ?? null) || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: SLUG.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: visibleText(first(doc, COMPANY)) || null,
    location: regionOf(doc),
    language: null,
    description: first(doc, DESCRIPTION),
  };
}

/** One job can sit in two categories of the same list: its link is its id. */
function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li.new-listing-container', (el) => {
    return {
      id: SLUG.exec(hrefIn(el, ['a[href^="/remote-jobs/"]']))?.[1],
      ...readPlaces(el, {
        title: ['.new-listing__header__title__text', '.new-listing__header__title'],
        company: ['.new-listing__company-name'],
        location: ['.new-listing__company-headquarters'],
      }),
    };
  });
}

export const weworkremotely: SiteAdapter = {
  id: 'weworkremotely',
  name: 'We Work Remotely',
  matches: ['https://weworkremotely.com/*', 'https://www.weworkremotely.com/*'],
  exampleUrls: [
    'https://weworkremotely.com/remote-jobs',
    'https://weworkremotely.com/remote-jobs/toggl-senior-product-manager-4',
    'https://weworkremotely.com/categories/remote-customer-support-jobs',
    'https://weworkremotely.com/remote-jobs/search?term=python',
  ],
  test: (url) => /^(www\.)?weworkremotely\.com$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

import type { AdapterCard, SiteAdapter } from '../engine/adapter';
import { cardsOf, readPlaces } from './lib/cards';

// Paylocity's hosted career pages (recruiting.paylocity.com): a company's job list at /Recruiting/Jobs/All/<guid>/<name>,
// one .job-listing-job-item row per job (title link to /Recruiting/Jobs/Details/<id>, date, location column). A list
// of one job is common. Job pages are left to the readers after an adapter (their schema.org JobPosting, Readability).
const JOB_ID = /\/Jobs\/Details\/(\d+)/;

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, '.job-listing-job-item', (el) => {
    const card = readPlaces(el, { title: ['.job-item-title a[href*="/Jobs/Details/"]', 'a[href*="/Jobs/Details/"]'], location: ['.location-column'] });
    return { id: JOB_ID.exec(card.titleElement?.getAttribute('href') ?? '')?.[1], ...card };
  });
}

export const paylocity: SiteAdapter = {
  id: 'paylocity',
  name: 'Paylocity',
  matches: ['https://recruiting.paylocity.com/Recruiting/Jobs/All/*'],
  exampleUrls: ['https://recruiting.paylocity.com/Recruiting/Jobs/All/d1d20c2d-0e1d-4869-820d-a5b454cfba0b/ANAPTYSBIO-INC', 'https://recruiting.paylocity.com/Recruiting/Jobs/All/0f3c1a2b-4d5e-6f70-8192-a3b4c5d6e7f8/LANTERNFISH'],
  test: (url) => url.hostname === 'recruiting.paylocity.com' && url.pathname.startsWith('/Recruiting/Jobs/All/'),
  extractPosting: () => null,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: () => null,
};

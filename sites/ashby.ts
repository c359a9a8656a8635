import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, parseDetached } from '../engine/extract/text';
import { fieldsAt, isFields, stringOr, type Fields } from '../engine/extract/json';
import { assignedJson } from './lib/page-data';
import { uniqueCards } from './lib/unique-cards';
import { visibleText } from './lib/visible-text';

const UUID = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/;
const TITLE = ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading'];
const DESCRIPTION = ['.ashby-job-posting-right-pane [class*="_descriptionText_"]', '[class*="_descriptionText_"]'];

// The served page is an empty app root; window.__appData holds the board or the posting.
interface AppPosting {
  id: string;
  title: string;
  descriptionHtml: string | null;
  locationName: string | null;
  place: Fields | null;
}
type AppJob = Fields & { id: string; title: string };
interface AppData {
  company: string | null;
  posting: AppPosting | null;
  jobPostings: AppJob[];
}
const isJob = (v: unknown): v is AppJob => isFields(v) && typeof v.id === 'string' && typeof v.title === 'string';

function appData(doc: Document): AppData | null {
  const data = fieldsAt(assignedJson(doc, '__appData'));
  if (!data) return null;
  const posting = fieldsAt(data, 'posting');
  const listed: unknown = fieldsAt(data, 'jobBoard')?.jobPostings;
  return {
    company: stringOr(fieldsAt(data, 'organization')?.name),
    posting: isJob(posting)
      ? { id: posting.id, title: posting.title, descriptionHtml: stringOr(posting.descriptionHtml), locationName: stringOr(posting.locationName), place: fieldsAt(posting, 'address', 'postalAddress') }
      : null,
    jobPostings: Array.isArray(listed) ? listed.filter(isJob) : [],
  };
}

/** "San Jose, California, United States" as the JSON-LD writes it; the office name otherwise. */
function placeOf(posting: AppPosting): string | null {
  const a = posting.place;
  const parts = [a?.addressLocality, a?.addressRegion, a?.addressCountry].map((p) => cleanText(stringOr(p))).filter(Boolean);
  return parts.length ? parts.join(', ') : posting.locationName ?? null;
}

function companyOf(doc: Document, data: AppData | null): string | null {
  return data?.company ?? (cleanText(doc.title).replace(/\s+Jobs$/, '') || null);
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const jobId = UUID.exec(url.pathname)?.[1] ?? null;
  const data = appData(doc);
  const titleEl = first(doc, TITLE);
  if (titleEl) {
    const location = visibleText(first(doc, ['.ashby-job-posting-left-pane [class*="_section_"] p', '.ashby-job-posting-left-pane p'])) || null;
    return { jobId, title: visibleText(titleEl), company: companyOf(doc, data), location, language: null, description: first(doc, DESCRIPTION) };
  }
  const p = data?.posting;
  if (!p || (jobId && p.id !== jobId)) return null;
  const description = p.descriptionHtml ? parseDetached(doc, p.descriptionHtml) : null;
  return { jobId: p.id, title: cleanText(p.title), company: companyOf(doc, data), location: placeOf(p), language: null, description };
}

/** Rendered cards when present; on the served shell, the board's JSON, badged on <body> (no element exists yet). */
function findCards(doc: Document): AdapterCard[] {
  const data = appData(doc);
  const company = companyOf(doc, data);
  const cards = uniqueCards(all(doc, '.ashby-job-posting-brief').map((el) => {
    const link = el.closest('a[href]') ?? el.querySelector('a[href]');
    const id = UUID.exec(link?.getAttribute('href') ?? '')?.[1];
    const title = visibleText(el.querySelector('.ashby-job-posting-brief-title'));
    const details = visibleText(el.querySelector('.ashby-job-posting-brief-details'));
    return id && title ? { id, title, company, location: details.split(' • ')[1] ?? null, element: link ?? el } : null;
  }));
  const body = doc.body;
  if (cards.length || !body) return cards;
  return uniqueCards((data?.jobPostings ?? []).map((p) =>
    p.isListed === false ? null : { id: p.id, title: cleanText(p.title), company, location: stringOr(p.locationName), element: body }));
}

export const ashby: SiteAdapter = {
  id: 'ashby',
  name: 'Ashby',
  matches: ['https://jobs.ashbyhq.com/*'],
  exampleUrls: [
    'https://jobs.ashbyhq.com/Lambda',
    'https://jobs.ashbyhq.com/lambda/0d79c70e-7a49-4a4a-a72f-7ef25d62de41',
    'https://jobs.ashbyhq.com/openai/00207abc-49b7-465c-a219-f7c1140f8047/application',
  ],
  test: (url) => url.hostname === 'jobs.ashbyhq.com',
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  // The served shell lists its jobs in the board's data script, not in the changed cards.
  cardsReadWhole: true,
  titleAnchor: (doc) => first(doc, TITLE),
};

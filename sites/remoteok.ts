import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf, textIn } from './lib/cards';
import { visibleText } from './lib/visible-text';

// Jobs are rows of table#jobsboard: tr.job[data-id] (title h2[itemprop=title], company h3[itemprop=name]), each
// followed on its own page by the tr.expand row that holds the description.
const JOB_PAGE = /^\/remote-jobs\/[^/]*?-?(\d+)$/;
const row = (doc: Document, id: string): Element | null => first(doc, [`tr.job[data-id="${id}"]`]);
const titleIn = (el: Element): Element | null => first(el, ['h2[itemprop="title"]', 'td.company_and_position h2']);

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const id = JOB_PAGE.exec(url.pathname)?.[1];
  const job = id ? row(doc, id) : null;
  const titleEl = job && titleIn(job);
  if (!id || !job || !titleEl) return null;
  const expand = first(doc, [`tr.expand.expand-${id}`]) ?? (job.nextElementSibling?.matches('tr.expand') ? job.nextElementSibling : null);
  return {
    jobId: id,
    title: visibleText(titleEl),
    company: visibleText(first(job, ['h3[itemprop="name"]'])) || job.getAttribute('data-company') || null,
    location: visibleText(first(job, ['div.location'])) || null,
    language: null,
    description: expand && first(expand, ['.description .markdown', '.description']),
  };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'tr.job[data-id]', (el) => {
    const titleElement = titleIn(el);
    return {
      id: el.getAttribute('data-id'),
      title: visibleText(titleElement),
      company: textIn(el, ['h3[itemprop="name"]']) || el.getAttribute('data-company'),
      location: textIn(el, ['div.location']),
      titleElement,
    };
  });
}

export const remoteok: SiteAdapter = {
  id: 'remoteok',
  name: 'Remote OK',
  matches: ['https://remoteok.com/*', 'https://remoteok.io/*'],
  exampleUrls: ['https://remoteok.com/', 'https://remoteok.com/remote-dev-jobs', 'https://remoteok.com/remote-jobs/remote-customer-support-lead-lanternfish-1093333'],
  test: (url) => /^(www\.)?remoteok\.(com|io)$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-id'],
  titleAnchor: (doc) => {
    const id = JOB_PAGE.exec(doc.location?.pathname ?? '')?.[1];
    const job = id ? row(doc, id) : first(doc, ['tr.job.active']);
    return job && titleIn(job);
  },
};

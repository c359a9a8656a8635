import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, textOf } from '../engine/extract/text';
import { cardsOf } from './lib/cards';

const TITLE = ['.job__title h1', '.app-title', '#header h1', '.job-post h1'];
const DESCRIPTION = ['div.job__description', '#content', '.job-post-content'];

/** "Job Application for Senior Staff AI Engineer at Sonatus" → "Sonatus"; else the logo's alt text. */
function company(doc: Document): string | null {
  const fromTitle = /.*\bat\s+(.+)$/.exec(cleanText(doc.title))?.[1];
  if (fromTitle) return cleanText(fromTitle);
  const old = textOf(first(doc, ['.company-name'])).replace(/^at\s+/i, '');
  if (old) return old;
  const alt = all(doc, 'img[alt$=" Logo"], img[alt$=" logo"]')[0]?.getAttribute('alt');
  return alt ? cleanText(alt.replace(/\s+logo$/i, '')) || null : null;
}

function jobIdOf(url: URL): string | null {
  return /\/jobs\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('gh_jid') ?? url.searchParams.get('token');
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  const description = first(doc, DESCRIPTION);
  if (!titleEl) return null;
  const location = textOf(first(doc, ['.job__location', '#header .location', '.location'])) || null;
  return { jobId: jobIdOf(url), title: textOf(titleEl), company: company(doc), location, language: null, description };
}

function cardTitle(p: Element | null): string {
  if (!p) return '';
  const copy = p.cloneNode(true) as Element;
  for (const tag of all(copy, '.tag-container')) tag.remove();
  return textOf(copy);
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'tr.job-post, div.opening', (el) => {
    const href = el.querySelector('a[href]')?.getAttribute('href') ?? '';
    const titleElement = first(el, ['p.body--medium', 'a']);
    return {
      id: /[?&]gh_jid=(\d+)/.exec(href)?.[1] ?? /\/jobs\/(\d+)/.exec(href)?.[1] ?? href,
      title: cardTitle(titleElement),
      location: textOf(first(el, ['p.body--metadata', '.location'])),
      titleElement,
    };
  });
}

export const greenhouse: SiteAdapter = {
  id: 'greenhouse',
  name: 'Greenhouse',
  matches: [
    'https://job-boards.greenhouse.io/*',
    'https://boards.greenhouse.io/*',
    'https://job-boards.eu.greenhouse.io/*',
    'https://boards.eu.greenhouse.io/*',
  ],
  exampleUrls: [
    'https://job-boards.greenhouse.io/sonatus/jobs/5071418007?gh_src=52f6efd97us',
    'https://boards.greenhouse.io/airbnb/jobs/6054404',
    'https://job-boards.greenhouse.io/embed/job_board?for=miradortherapeuticsinc',
    'https://job-boards.eu.greenhouse.io/example/jobs/4000000101',
  ],
  test: (url) => /^(job-)?boards(\.eu)?\.greenhouse\.io$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

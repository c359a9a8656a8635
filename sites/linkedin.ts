import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, textOf } from '../engine/extract/text';
import { uniqueCards } from './lib/unique-cards';
import { cardOf } from './lib/cards';

const TITLE = [
  '.job-details-jobs-unified-top-card__job-title h1',
  '.job-details-jobs-unified-top-card__job-title',
  '.jobs-unified-top-card__job-title',
  '.top-card-layout__title',
  '.topcard__title',
];
const DESCRIPTION = [
  '#job-details',
  '.jobs-description-content__text',
  '.jobs-description__content',
  'div.show-more-less-html__markup',
  '.description__text',
  '[componentkey^="JobDetails_AboutTheJob"]',
];
const COMPANY = [
  '.job-details-jobs-unified-top-card__company-name',
  '.jobs-unified-top-card__company-name',
  '.topcard__org-name-link',
  '.topcard__flavor:not(.topcard__flavor--bullet)',
];
const PRIMARY_LINE = '.job-details-jobs-unified-top-card__primary-description-container, .job-details-jobs-unified-top-card__primary-description, .jobs-unified-top-card__primary-description';
// Banners (cookie consent, global alerts) carry their own <h1>.
const BANNER = '[class*="global-alert"], [class*="cookie"], [id*="cookie"], [class*="consent"]';

/** "(3) Title | Company | LinkedIn" → [Title, Company] */
function titleParts(doc: Document): [string, string | null] | null {
  const parts = cleanText(doc.title).replace(/^\(\d+\)\s*/, '').split(' | ').map(cleanText);
  if (parts.length < 3 || !/linkedin/i.test(parts[parts.length - 1] ?? '')) return null;
  return [parts[0] ?? '', parts[1] ?? null];
}

/** Leaf texts of a "Company · Place · 2 weeks ago · 87 applicants" line, split at the dots. */
function segments(el: Element): string[] {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) out.push(...(n.nodeValue ?? '').split('·').map(cleanText));
    else if (n.nodeType === 1 && !/visually-hidden/.test((n as Element).getAttribute('class') ?? '')) n.childNodes.forEach(walk);
  };
  walk(el);
  return out.filter(Boolean);
}

function jobIdOf(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('currentJobId') ?? /\/(?:jobs\/view|jobPosting)\/(?:[^/]*?-)?(\d{6,})/.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  const key = first(doc, ['[componentkey^="JobDetails_AboutTheJob_"]'])?.getAttribute('componentkey');
  const link = first(doc, [`${TITLE[0]} a[href*="/jobs/view/"]`, '.top-card-layout__entity-info a[href*="/jobs/view/"]'])?.getAttribute('href');
  return /(\d{6,})/.exec(key ?? '')?.[1] ?? /\/jobs\/view\/(?:[^/?]*?-)?(\d{6,})/.exec(link ?? '')?.[1] ?? null;
}

function titleElement(doc: Document, top = first(doc, TITLE), description = first(doc, DESCRIPTION)): Element | null {
  if (top || !description) return top;
  return all(doc, 'h1').find((h) => !h.closest(BANNER)) ?? null;
}

function sduiTitleElement(doc: Document, title: string): Element | null {
  return title ? all(doc, 'p').find((p) => textOf(p).startsWith(title)) ?? null : null;
}

// "Job Title: Data Analyst", "Position: Staff Nurse", "Role: …" as a line of the description.
const ROLE_LINE = /^(?:job title|position(?: title)?|role|title)\s*[:：]\s*(.{2,80})$/i;

/** The guest API's description fragment has no top card: the first description line naming the role, else ''. */
function roleLine(description: Element): string {
  const copy = description.cloneNode(true) as Element;
  // A paragraph separator marks where the page breaks lines (the markup's own newlines are only spaces).
  for (const el of all(copy, 'br, p, div, li, h1, h2, h3, h4, h5, h6')) el.after('\u2029');
  for (const line of (copy.textContent ?? '').split('\u2029')) {
    const role = ROLE_LINE.exec(cleanText(line))?.[1];
    if (role) return role;
  }
  return '';
}

/** The 2025/26 server-driven layout: obfuscated classes, title only in <title> and a <p>. */
function sduiLocation(doc: Document, title: string): string | null {
  const ps = all(doc, 'p');
  const at = title ? ps.findIndex((p) => textOf(p).startsWith(title)) : -1;
  if (at < 0) return null;
  const line = ps.slice(at + 1, at + 6).find((p) => segments(p).length >= 2);
  return line ? segments(line)[0] ?? null : null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const description = first(doc, DESCRIPTION);
  const top = first(doc, TITLE);
  // Without a description only the job top card proves a job is shown (SEO listings have an <h1> too).
  if (!description && !top) return null;
  const titleEl = titleElement(doc, top, description);
  const fromTitle = titleParts(doc);
  const title = textOf(titleEl) || (description ? fromTitle?.[0] ?? roleLine(description) : '');
  const line = first(doc, [PRIMARY_LINE]);
  const segs = line ? segments(line) : [];
  const companyLink = textOf(line?.querySelector('a[href*="/company/"]'));
  // Older job views name the company only as the link opening the primary-description line.
  const company = textOf(first(doc, COMPANY)) || companyLink || fromTitle?.[1] || null;
  const location =
    textOf(first(doc, ['.topcard__flavor--bullet:not(.num-applicants__caption):not(figure)'])) ||
    segs.filter((s) => s !== company)[0] ||
    (titleEl ? null : sduiLocation(doc, title)) ||
    null;
  return { jobId: jobIdOf(doc, url), title, company, location, language: null, description };
}

function findCards(doc: Document): AdapterCard[] {
  const guest = all(doc, '.base-search-card[data-entity-urn]').map((el): AdapterCard | null => {
    const id = /(\d+)$/.exec(el.getAttribute('data-entity-urn') ?? '')?.[1];
    const titleElement = el.querySelector('.base-search-card__title');
    return cardOf(el, {
      id,
      title: textOf(titleElement),
      company: textOf(el.querySelector('.base-search-card__subtitle')),
      location: textOf(el.querySelector('.job-search-card__location')),
      titleElement,
    });
  });
  const loggedIn = all(doc, 'li[data-occludable-job-id], li.scaffold-layout__list-item').map((el): AdapterCard | null => {
    const body = el.querySelector('[data-job-id]');
    if (!body) return null;
    const titleElement = first(body, ['.job-card-list__title--link strong', '.artdeco-entity-lockup__title strong', '.job-card-list__title--link', '.artdeco-entity-lockup__title']);
    return cardOf(el, {
      id: el.getAttribute('data-occludable-job-id') ?? body.getAttribute('data-job-id'),
      title: textOf(titleElement),
      company: textOf(first(body, ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description'])),
      location: textOf(first(body, ['.artdeco-entity-lockup__caption li', '.job-card-container__metadata-item'])),
      titleElement,
    });
  });
  return uniqueCards([...guest, ...loggedIn]);
}

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  matches: ['https://*.linkedin.com/jobs/*', 'https://*.linkedin.com/jobs-guest/*'],
  exampleUrls: [
    'https://www.linkedin.com/jobs/view/4374244548/',
    'https://it.linkedin.com/jobs/view/c%2B%2B-developer-at-mindpal-3707037202',
    'https://www.linkedin.com/jobs/search/?currentJobId=4222119551&keywords=Software%20Engineer',
    'https://www.linkedin.com/jobs/search-results/?currentJobId=4231921358&keywords=Senior%20Data%20Scientist',
    'https://www.linkedin.com/jobs/data-engineer-jobs-new-york',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4202850107',
    'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4325866149',
  ],
  test: (url) => /(^|\.)linkedin\.com$/.test(url.hostname) && /^\/jobs(-guest)?\//.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['data-entity-urn', 'data-occludable-job-id', 'data-job-id'],
  titleAnchor: (doc) => titleElement(doc) ?? sduiTitleElement(doc, titleParts(doc)?.[0] ?? ''),
};

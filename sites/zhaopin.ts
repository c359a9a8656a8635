import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, textOf } from '../engine/extract/text';
import { cardsOf } from './lib/cards';

// Job page since 2019 (summary-plane / describtion, sic), then the legacy (≈2016) terminal page.
const TITLE = ['.summary-plane__title', '.fixed-inner-box .inner-left h1'];
const DESCRIPTION = ['.describtion__detail-content', '.describtion-card__detail-content', '.tab-cont-box .tab-inner-cont'];
const COMPANY = ['.company__title', '.fixed-inner-box .inner-left h2 a'];

function jobIdOf(url: URL): string | null {
  // jobs.zhaopin.com/<id>.htm, www.zhaopin.com/jobdetail/<id>.htm, xiaoyuan.zhaopin.com/job/<id> (campus)
  return /\/(\w{6,})(?:\.htm)?$/.exec(url.pathname)?.[1] ?? null;
}

function location(doc: Document): string | null {
  const modern = textOf(first(doc, ['.summary-plane__info li:first-child a', '.summary-plane__info li:first-child']));
  if (modern) return modern;
  const legacy = all(doc, '.terminal-ul li').find((li) => textOf(li).startsWith('工作地点'));
  return textOf(legacy?.querySelector('strong')) || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: jobIdOf(url),
    title: textOf(titleEl),
    company: textOf(first(doc, COMPANY)) || null,
    location: location(doc),
    language: 'zh',
    description: first(doc, DESCRIPTION),
  };
}

/** The job link's own text: a "顶" (promoted) link with images sits inside it on the legacy list. */
function linkTitle(a: Element): string {
  return cleanText(Array.from(a.childNodes).filter((n) => n.nodeType === 3 || (n as Element).tagName !== 'A').map((n) => n.textContent ?? '').join(''));
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'table.newlist', (el) => {
    const link = el.querySelector('td.zwmc a[href*="zhaopin.com"]');
    return {
      id: jobIdOf(new URL(link?.getAttribute('href') ?? '/', 'https://jobs.zhaopin.com/')),
      title: link ? linkTitle(link) : '',
      company: textOf(el.querySelector('td.gsmc a')),
      location: textOf(el.querySelector('td.gzdd')),
    };
  });
}

export const zhaopin: SiteAdapter = {
  id: 'zhaopin',
  name: '智联招聘',
  matches: ['https://jobs.zhaopin.com/*', 'https://www.zhaopin.com/jobdetail/*', 'https://sou.zhaopin.com/*'],
  exampleUrls: [
    'https://jobs.zhaopin.com/CC562114535J90250094000.htm',
    'https://www.zhaopin.com/jobdetail/CC562114535J90250094000.htm',
    'https://sou.zhaopin.com/jobs/searchresult.ashx?jl=%E4%B8%8A%E6%B5%B7&kw=Python&isfilter=1&p=1',
    'https://sou.zhaopin.com/?jl=538&kw=python',
  ],
  test: (url) =>
    url.hostname === 'jobs.zhaopin.com' || url.hostname === 'sou.zhaopin.com' ||
    (url.hostname === 'www.zhaopin.com' && url.pathname.startsWith('/jobdetail/')),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

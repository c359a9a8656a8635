import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, textOf, titleOrText } from '../engine/extract/text';
import { fieldsAt, isFields, stringOr, type Fields } from '../engine/extract/json';
import { assignedJson } from './lib/page-data';
import { selectedPosting } from './lib/selected-posting';
import { uniqueCards } from './lib/unique-cards';

const TITLE = ['.tHeader.tHjob .cn h1'];
const DESCRIPTION = ['.tCompany_main .bmsg.job_msg.inbox', '.bmsg.job_msg'];
/** "/shanghai-jaq/128714992.html"; the 2012–2014 pages' "/job/56781234,c.html". */
const JOB_ID = /\/(\d+)(?:,c)?\.html/;
/**
 * The 2012–2014 job page (search.51job.com/job/<id>,c.html), tables throughout: the title in td.sr_bt, the company
 * linked in a table inside table.jobs_1, the description in td.job_detail; its place is a field (legacyField).
 */
const legacy = selectedPosting({
  title: ['table.jobs_1 td.sr_bt'],
  company: ['table.jobs_1 table a[href*="co,"]', 'table.jobs_1 table a'],
  location: [],
  description: ['table.jobs_1 td.job_detail'],
  language: 'zh',
  jobId: (url) => JOB_ID.exec(url.pathname)?.[1] ?? null,
});

/** "上海-静安区 | 5-7年经验 | 本科" → "上海-静安区" */
const firstField = (s: string | null | undefined): string | null => cleanText(s?.split('|')[0]) || null;

/** The value beside a 2012–2014 page's field label ("工作地点：" → "无锡-新区"). */
function legacyField(doc: Document, label: RegExp): string | null {
  const cell = all(doc, 'table.jobs_1 td.txt_1').find((td) => label.test(cleanText(td.textContent)));
  const value = cell?.nextElementSibling;
  return value?.classList.contains('txt_2') ? cleanText(value.textContent) || null : null;
}

function legacyPosting(doc: Document, url: URL): AdapterPosting | null {
  const posting = legacy.extractPosting(doc, url);
  return posting && { ...posting, location: legacyField(doc, /^工作地点/) };
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return legacyPosting(doc, url);
  const found = first(doc, DESCRIPTION);
  const description = found ? (found.cloneNode(true) as Element) : null;
  // The description box ends with the job's category / keyword tags and share links.
  for (const el of description ? all(description, '.mt10, .share') : []) el.remove();
  const companyEl = first(doc, ['.tHeader.tHjob .cname a.catn', '.tHeader.tHjob .cname a']);
  const msg = first(doc, ['.tHeader.tHjob p.msg']);
  return {
    jobId: JOB_ID.exec(url.pathname)?.[1] ?? null,
    title: titleOrText(titleEl),
    company: titleOrText(companyEl) || null,
    location: firstField(msg?.getAttribute('title') ?? msg?.textContent),
    language: 'zh',
    description,
  };
}

function domCards(doc: Document): AdapterCard[] {
  const cards: AdapterCard[] = [];
  // Company pages list their own jobs: the company is the page's header.
  const pageCompany = cleanText(first(doc, ['.tHeader.tHCop h1'])?.getAttribute('title')) || null;
  for (const el of all(doc, '.j_joblist .e, div.el')) {
    const link = first(el, ['a.el[href]', 'p.t1 a[href]']);
    const id = JOB_ID.exec(link?.getAttribute('href') ?? '')?.[1];
    const titleEl = first(el, ['.jname', 'p.t1 a']);
    const title = titleOrText(titleEl);
    if (!id || !title) continue;
    const companyEl = first(el, ['.cname', 'span.t2 a']);
    const company = titleOrText(companyEl) || pageCompany;
    cards.push({ id, title, company, location: firstField(textOf(first(el, ['.d.at', 'span.t3']))), element: el });
  }
  return cards;
}

interface SearchJob extends Fields {
  jobid: string;
  job_name: string;
}
const isSearchJob = (v: unknown): v is SearchJob => isFields(v) && typeof v.jobid === 'string' && typeof v.job_name === 'string';

/**
 * Cards from window.__SEARCH_RESULT__ (2021 search pages are a shell: the results are rendered from it, the cards
 * may not be in the DOM); each badges its rendered card when there is one, else the results container.
 */
function jsonCards(doc: Document): AdapterCard[] {
  const jobs: unknown = fieldsAt(assignedJson(doc, '__SEARCH_RESULT__'))?.engine_search_result;
  if (!Array.isArray(jobs) || !jobs.every(isSearchJob)) return [];
  const container = first(doc, ['.j_joblist', '#app']) ?? doc.body;
  return jobs.map((job) => ({
    id: job.jobid,
    title: cleanText(job.job_name),
    company: cleanText(stringOr(job.company_name)) || null,
    location: cleanText(stringOr(job.workarea_text)) || null,
    element: doc.querySelector(`a[href*="/${job.jobid}.html"]`)?.closest('.e') ?? container,
  }));
}

function findCards(doc: Document): AdapterCard[] {
  const dom = domCards(doc);
  return uniqueCards(dom.length ? dom : jsonCards(doc));
}

export const job51: SiteAdapter = {
  id: '51job',
  name: '前程无忧',
  matches: ['https://jobs.51job.com/*', 'https://search.51job.com/*', 'https://we.51job.com/*'],
  exampleUrls: [
    'https://jobs.51job.com/shanghai-jaq/128714992.html',
    'https://search.51job.com/job/56781234,c.html',
    'https://jobs.51job.com/all/co2265273.html',
    'https://search.51job.com/list/090200,000000,0000,00,9,99,%25B4%25F3%25CA%25FD%25BE%25DD,2,1.html',
    'https://we.51job.com/pc/search?keyword=java&searchType=2',
  ],
  test: (url) => /^(jobs|search|we)\.51job\.com$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  // 2021 search pages list their jobs in a data script of the page, not in the changed cards.
  cardsReadWhole: true,
  titleAnchor: (doc) => first(doc, TITLE) ?? legacy.titleAnchor!(doc),
};

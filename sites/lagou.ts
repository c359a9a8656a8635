import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, cleanText, first, textOf } from '../engine/extract/text';
import { cardsOf } from './lib/cards';
import { gather } from './lib/gather';

// The page's only <h1> is the logo "拉勾网": the title lives in the position head.
const TITLE = ['.position-head .job-name .name', '.job-name .name'];
const DESCRIPTION = ['#job_detail dd.job_bt', 'dd.job_bt'];
// "职位诱惑：五险一金,餐饮补贴" sits in its own <dd> above the description: the perks, read with it.
const PERKS = ['#job_detail dd.job-advantage', 'dd.job-advantage'];

/** The company's own text in "聚美优品 <i/> <span class=dn>拉勾认证企业</span>", without the badge. */
function company(doc: Document): string | null {
  const h2 = first(doc, ['#job_company h2.fl', '#job_company .company_name', '.job_company h2']);
  const own = h2 ? Array.from(h2.childNodes).filter((n) => n.nodeType === 3).map((n) => n.nodeValue ?? '').join(' ') : '';
  if (cleanText(own)) return cleanText(own);
  // "<title>Python工程师招聘-聚美优品招聘-拉勾网</title>"
  const parts = cleanText(doc.title).split('-');
  return parts.length >= 3 ? cleanText(parts[parts.length - 2]?.replace(/招聘$/, '')) || null : null;
}

function location(doc: Document): string | null {
  const addr = textOf(first(doc, ['.work_addr a']));
  if (addr) return addr;
  // "10k-18k / 成都 / 经验3-5年 / …": the city is the span after the salary.
  const spans = all(doc, 'dd.job_request p span').map((s) => cleanText(s.textContent?.replace(/\//g, ' ')));
  return spans[1] || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: /\/jobs\/(\d+)\.html/.exec(url.pathname)?.[1] ?? null,
    title: textOf(titleEl) || cleanText(titleEl.closest('[title]')?.getAttribute('title')),
    company: company(doc),
    location: location(doc),
    language: 'zh',
    description: gather(doc, [first(doc, PERKS), first(doc, DESCRIPTION)]),
  };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li.con_list_item', (el) => {
    const titleElement = el.querySelector('a.position_link h2');
    return {
      id: /\/jobs\/(\d+)\.html/.exec(el.querySelector('a.position_link')?.getAttribute('href') ?? '')?.[1],
      title: textOf(titleElement),
      company: textOf(el.querySelector('.company_name a')),
      location: textOf(el.querySelector('.position_link .add em')),
      titleElement,
    };
  });
}

export const lagou: SiteAdapter = {
  id: 'lagou',
  name: '拉勾',
  matches: ['https://www.lagou.com/jobs/*', 'https://www.lagou.com/wn/*', 'https://www.lagou.com/zhaopin/*'],
  exampleUrls: [
    'https://www.lagou.com/jobs/4249621.html',
    'https://www.lagou.com/zhaopin/shujuwajue/',
    'https://www.lagou.com/wn/jobs?kd=python&city=%E6%88%90%E9%83%BD',
  ],
  test: (url) => url.hostname === 'www.lagou.com' && /^\/(jobs\/|wn\/|zhaopin\/)/.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { cleanText, first, textOf, titleOrText } from '../engine/extract/text';
import { cardsOf } from './lib/cards';

// The 2018 job page (.title-info), then the current one (.job-apply-container; headhunter jobs on /a/).
const TITLE = ['.title-info h1', '.job-apply-container .name-box .name'];
// The first .job-main block is the description; the next ones hold structured fields (学历要求：不限 …).
const DESCRIPTION = ['.job-main.main-message .content.content-word', '.job-intro-container [data-selector="job-intro-content"]'];
// Page furniture left at the end of the 2018 description text.
const STRAY = /^(\*+|微信分享)$/;

/** "【房地产投资/策划招聘】四川三申集团有限公司招聘信息-猎聘网"; headhunter jobs name the recruiter: "【…】_猎头顾问招聘信息". */
function companyFromTitle(doc: Document): string | null {
  const name = cleanText(/^【.+?】_?(.+?)招聘信息/.exec(cleanText(doc.title))?.[1]);
  return name && name !== '猎头顾问' ? name : null;
}

/**
 * A detached copy of the description with one line per <p>: the current page keeps its lines
 * as newlines in pre-wrapped text, the 2018 page as <br> followed by stray share text.
 */
function description(doc: Document): Element | null {
  const found = first(doc, DESCRIPTION);
  if (!found) return null;
  const box = doc.createElement('div');
  const lines = found.querySelector('br') ? [] : (found.textContent ?? '').split(/\n/).map(cleanText);
  if (lines.filter(Boolean).length > 1) {
    for (const line of lines) if (line) box.appendChild(Object.assign(doc.createElement('p'), { textContent: line }));
    return box;
  }
  const copy = found.cloneNode(true) as Element;
  const texts: Node[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) texts.push(n);
    n.childNodes.forEach(walk);
  };
  walk(copy);
  for (const t of texts) if (STRAY.test(cleanText(t.nodeValue))) t.parentNode?.removeChild(t);
  box.appendChild(copy);
  return box;
}

function jobIdOf(url: URL): string | null {
  const m = /^\/(job|a)\/(\d+)\.shtml/.exec(url.pathname);
  return m ? `${m[1] === 'a' ? 'a' : ''}${m[2]}` : null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const companyLink = first(doc, ['.title-info h3 a[title]']);
  const company = titleOrText(companyLink) || companyFromTitle(doc);
  const location = textOf(first(doc, [
    '.job-title-left .basic-infor span a',
    '.job-title-left .basic-infor span',
    '.job-apply-container .job-properties span:first-child',
  ])) || null;
  return {
    jobId: jobIdOf(url),
    title: titleOrText(titleEl),
    company,
    location,
    language: 'zh',
    description: description(doc),
  };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, '.job-card-pc-container', (el) => {
    const href = first(el, ['a[data-nick="job-detail-job-info"]', 'a[href*=".shtml"]'])?.getAttribute('href') ?? '';
    return {
      id: jobIdOf(new URL(href, 'https://www.liepin.com/')),
      title: titleOrText(el.querySelector('.job-title-box .ellipsis-1')),
      company: textOf(el.querySelector('.company-name')),
      location: textOf(el.querySelector('.job-dq-box .ellipsis-1')),
    };
  });
}

export const liepin: SiteAdapter = {
  id: 'liepin',
  name: '猎聘',
  matches: ['https://www.liepin.com/job/*', 'https://www.liepin.com/a/*', 'https://www.liepin.com/zhaopin/*'],
  exampleUrls: [
    'https://www.liepin.com/job/21411028969.shtml',
    'https://www.liepin.com/a/38359825.shtml',
    'https://www.liepin.com/zhaopin/?key=%E6%B8%B8%E6%88%8FUI%E8%AE%BE%E8%AE%A1%E5%B8%88',
  ],
  test: (url) => url.hostname === 'www.liepin.com' && /^\/(job\/\d+\.shtml|a\/\d+\.shtml|zhaopin\/)/.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

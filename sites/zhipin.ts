import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { dropHiddenRuns, hiddenClasses } from '../engine/extract/hidden-style';
import { all, cleanText, first, textOf } from '../engine/extract/text';
import { cardsOf } from './lib/cards';

// The job page (job_detail) and the search page's detail pane (web/geek/jobs).
const TITLE = ['.job-banner .info-primary .name h1', '.info-primary .name h1', '.job-detail-box .job-name'];
const DESCRIPTION = [
  '.job-detail-section .job-sec-text:not(.fold-text)',
  '.job-detail .job-sec .text:not(.fold-text)',
  '.job-detail-box p.desc',
];
// A numbered item starts after a space or after a colon / full stop ("经验 1.熟悉…", "岗位职责：1.负责…");
// a heading after a space ("… 任职要求：").
const LIST_MARK = /(?:\s+|(?<=[：:；;。]))(?=\d{1,2}(?:\.(?!\d)|、))|\s+(?=[\u4e00-\u9fff]{2,8}[：:])/;

/**
 * A detached copy of the description as the reader sees it, under the section's own heading
 * ("职位描述"), so that unheaded duty lines land in the duties. The search pane flattens the
 * text to one paragraph: its numbered items are split back into lines.
 */
function readable(doc: Document, desc: Element, heading: string): Element {
  const copy = desc.cloneNode(true) as Element;
  // BOSS直聘 salts descriptions with decoy words its <style> hides.
  dropHiddenRuns(copy, hiddenClasses(doc));
  for (const el of all(copy, 'style, script')) el.remove();
  const box = doc.createElement('div');
  if (heading) box.appendChild(Object.assign(doc.createElement('h3'), { textContent: heading }));
  if (copy.querySelector('br')) {
    box.appendChild(copy);
    return box;
  }
  for (const line of cleanText(copy.textContent).split(LIST_MARK)) {
    box.appendChild(Object.assign(doc.createElement('p'), { textContent: line }));
  }
  return box;
}

function sectionHeading(desc: Element): string {
  const section = desc.closest('.job-sec, .job-detail-section, .job-detail-body');
  return textOf(section?.querySelector('h3'));
}

function company(doc: Document): string | null {
  const link = first(doc, ['.sider-company [ka="job-detail-company_custompage"]', '[ka="job-detail-company_custompage"]']);
  const fromLink = textOf(link) || cleanText(link?.getAttribute('title')?.replace(/招聘$/, ''));
  if (fromLink) return fromLink;
  // The search pane names the company only beside the recruiter: "山东灶十三企业管理 · 招聘者".
  const attr = textOf(first(doc, ['.job-detail-box .boss-info-attr'])).split('·')[0];
  return cleanText(attr) || null;
}

function jobIdOf(doc: Document, url: URL): string | null {
  const fromUrl = /\/job_detail\/([\w~-]+)\.html/.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  const more = first(doc, ['.job-detail-box a.more-job-btn[href*="/job_detail/"]'])?.getAttribute('href');
  return /\/job_detail\/([\w~-]+)\.html/.exec(more ?? '')?.[1] ?? null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  const desc = first(doc, DESCRIPTION);
  const location = textOf(first(doc, ['.info-primary .text-city', '.job-detail-box .tag-list li:first-child'])) || null;
  return {
    jobId: jobIdOf(doc, url),
    title: textOf(titleEl),
    company: company(doc),
    location,
    language: 'zh',
    description: desc ? readable(doc, desc, sectionHeading(desc)) : null,
  };
}

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li.job-card-box', (el) => ({
    id: /\/job_detail\/([\w~-]+)\.html/.exec(first(el, ['a.job-name', 'a[href*="/job_detail/"]'])?.getAttribute('href') ?? '')?.[1],
    title: textOf(first(el, ['a.job-name', '.job-name'])),
    company: textOf(first(el, ['.boss-name'])),
    location: textOf(first(el, ['.company-location'])),
  }));
}

export const zhipin: SiteAdapter = {
  id: 'zhipin',
  name: 'BOSS直聘',
  matches: ['https://www.zhipin.com/job_detail/*', 'https://www.zhipin.com/web/geek/*'],
  exampleUrls: [
    'https://www.zhipin.com/job_detail/80ad4bc27a5982f71nR909q-ElVR.html',
    'https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html',
    'https://www.zhipin.com/web/geek/jobs?city=101010100',
    'https://www.zhipin.com/web/geek/job?query=python&city=101020100',
  ],
  test: (url) => url.hostname === 'www.zhipin.com' && /^\/(job_detail\/|web\/geek\/job)/.test(url.pathname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

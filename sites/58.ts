import type { SiteAdapter } from '../engine/adapter';
import { selectedCards } from './lib/cards';
import { selectedPosting } from './lib/selected-posting';

// 58同城 (<city>.58.com): a classifieds site, so only its job sections are claimed: /job/ (all jobs, ?key= search),
// /zhaopin/, the zp… categories and /tech/; a job at /<category>/<id>x.shtml. Class names as public 58同城 scrapers
// read them: list rows li.job_item (.job_name a around span.address and span.name, .comp_name a), job pages
// .pos_base_info (its first span the title, .pos_title), .baseInfo_link a (the company), .pos-area, .des.
const JOB_ID = /(\d{8,})x\.shtml/;

export const job58: SiteAdapter = {
  id: '58',
  name: '58同城',
  matches: ['https://*.58.com/job/*', 'https://*.58.com/zhaopin/*', 'https://*.58.com/zp*', 'https://*.58.com/tech/*'],
  exampleUrls: ['https://bj.58.com/tech/25537112327862x.shtml', 'https://nj.58.com/tech/?key=python&final=1&jump=1', 'https://cd.58.com/zpanmo/pn2'],
  test: (url) => url.hostname.endsWith('.58.com') && /^\/(?:job|zhaopin|tech)(?:\/|$)|^\/zp[a-z]/.test(url.pathname),
  ...selectedPosting({
    title: ['.pos_base_info .pos_title', '.pos_title'],
    company: ['.baseInfo_link a'],
    location: ['.pos-area .pos_area_item', '.pos-area'],
    description: ['.posDes .des', '.des'],
    language: 'zh',
    jobId: (url) => JOB_ID.exec(url.pathname)?.[1] ?? null,
  }),
  findCards: selectedCards({
    card: 'li.job_item',
    title: ['.job_name .name'],
    company: ['.comp_name a'],
    location: ['.job_name .address'],
    id: (el) => JOB_ID.exec(el.querySelector('.job_name a')?.getAttribute('href') ?? '')?.[1],
  }),
  cardIdAttributes: ['href'],
};

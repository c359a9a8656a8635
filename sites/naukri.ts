import type { SiteAdapter } from '../engine/adapter';
import { linkPath, selectedCards } from './lib/cards';
import { selectedPosting } from './lib/selected-posting';

// Naukri (www.naukri.com): jobs at /job-listings-<slug>-<id>, searches at /<keywords>-jobs[-in-<place>] and
// /jobs-in-<place>. Its CSS-module classes keep a readable part (styles_jd-header-title__rZwM1): matched on it, as
// public Naukri scrapers and extensions do. Result cards: div.srp-jobtuple-wrapper[data-job-id] (article.jobTuple
// before), holding a.title, a.comp-name and the place (.locWdth, .loc-wrap).
const JOB_ID = /-(\d{6,})\/?$/;

export const naukri: SiteAdapter = {
  id: 'naukri',
  name: 'Naukri',
  matches: ['https://www.naukri.com/job-listings-*', 'https://www.naukri.com/*-jobs*', 'https://www.naukri.com/jobs-in-*'],
  exampleUrls: [
    'https://www.naukri.com/job-listings-python-software-developer-bounteous-x-accolite-gurugram-bengaluru-4-to-9-years-190426004124',
    'https://www.naukri.com/python-jobs-in-pune',
    'https://www.naukri.com/data-scientist-jobs?k=data%20scientist&experience=3',
  ],
  test: (url) => url.hostname === 'www.naukri.com' && /^\/(?:job-listings-|jobs-in-|[^/]+-jobs(?:-|$))/.test(url.pathname),
  ...selectedPosting({
    title: ['[class*="jd-header-title"]'],
    company: ['[class*="jd-header-comp-name"] a', '[class*="jd-header-comp-name"]'],
    location: ['[class*="jhc__location"]', '.location'],
    description: ['[class*="dang-inner-html"]', '[class*="job-desc"]'],
    jobId: (url) => JOB_ID.exec(url.pathname)?.[1] ?? null,
  }),
  findCards: selectedCards({
    card: '.srp-jobtuple-wrapper, article.jobTuple',
    title: ['a.title'],
    company: ['a.comp-name', '.comp-name'],
    location: ['.locWdth', '.loc-wrap', '.location'],
    id: (el) => el.getAttribute('data-job-id') || JOB_ID.exec(linkPath(el, 'a.title'))?.[1],
  }),
  cardIdAttributes: ['data-job-id', 'href'],
};

import { hostedBoard } from './lib/hosted-board';

// BambooHR career sites: <company>.bamboohr.com/careers (the list), each job at /careers/<id>; older links lead to
// /jobs/view.php?id=<id> (the URL shapes public scrapers and job links show). The rest of <company>.bamboohr.com is
// the company's HR system, so only these two paths are claimed. Cards by the generic listing reader.
export const bamboohr = hostedBoard({
  id: 'bamboohr',
  name: 'BambooHR',
  matches: ['https://*.bamboohr.com/careers*', 'https://*.bamboohr.com/jobs/*'],
  exampleUrls: [
    'https://hexens.bamboohr.com/careers',
    'https://hexens.bamboohr.com/careers/29',
    'https://nzxt.bamboohr.com/jobs/view.php?id=259',
  ],
  test: (url) => url.hostname.endsWith('.bamboohr.com') && /^\/(?:careers(?:\/|$)|jobs\/)/.test(url.pathname),
  isJobPage: (url) => /^\/careers\/\d+/.test(url.pathname) || url.pathname === '/jobs/view.php',
});

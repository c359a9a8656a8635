import { hostedBoard } from './lib/hosted-board';

// JazzHR job boards: <company>.applytojob.com/apply (the list), each job at /apply/<code>/<slug> or
// /apply/jobs/details/<code> (the URL shapes public scrapers and job links show). List rows are Bootstrap list-group
// items, a heading's link to the job with the place and department under it: read by the generic listing reader,
// told that /apply/<code> paths are jobs.
const JOB = /^\/apply\/(?:jobs\/details\/)?(?!jobs(?:\/|$))[A-Za-z0-9]{6,}/;

export const jazzhr = hostedBoard({
  id: 'jazzhr',
  name: 'JazzHR',
  matches: ['https://*.applytojob.com/apply*'],
  exampleUrls: [
    'https://neboagency.applytojob.com/apply/',
    'https://snapsheet.applytojob.com/apply/r9Ch8TRMU8/Software-Engineer-Transactions',
    'https://mackaysposito.applytojob.com/apply/jobs/details/NmmaOEHCRw',
  ],
  test: (url) => url.hostname.endsWith('.applytojob.com') && /^\/apply(?:\/|$)/.test(url.pathname),
  isJobPage: (url) => JOB.test(url.pathname),
  jobPath: JOB,
});

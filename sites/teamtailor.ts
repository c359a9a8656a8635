import { hostedBoard } from './lib/hosted-board';

// Teamtailor career sites: <company>.teamtailor.com, the job list at /jobs, each job at /jobs/<id>-<slug>. Examples
// are links published in public repositories (job notes, feed fixtures). Cards by the generic listing reader.
export const teamtailor = hostedBoard({
  id: 'teamtailor',
  name: 'Teamtailor',
  matches: ['https://*.teamtailor.com/jobs*'],
  exampleUrls: [
    'https://bmwtechworks.teamtailor.com/jobs',
    'https://bmwtechworks.teamtailor.com/jobs/8394788-data-engineer',
    'https://sandboxinteractive.teamtailor.com/jobs/8094866-lead-3d-environment-artist-m-f-d',
  ],
  test: (url) => url.hostname.endsWith('.teamtailor.com') && /^\/jobs(\/|$)/.test(url.pathname),
  isJobPage: (url) => /^\/jobs\/\d+/.test(url.pathname),
});

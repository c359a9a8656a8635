import { hostedBoard } from './lib/hosted-board';

// Personio job pages: <company>.jobs.personio.de (or .com), the list at the root, each job at /job/<id> (the URL
// scrapers of Personio's XML feed build; examples are links published in public repositories). Cards by the
// generic listing reader.
export const personio = hostedBoard({
  id: 'personio',
  name: 'Personio',
  matches: ['https://*.jobs.personio.de/*', 'https://*.jobs.personio.com/*'],
  exampleUrls: [
    'https://finanztip.jobs.personio.de/job/2753169',
    'https://alephalpha.jobs.personio.de/job/1329474?language=en&display=en',
    'https://holded.jobs.personio.com/',
  ],
  test: (url) => /\.jobs\.personio\.(de|com)$/.test(url.hostname),
  isJobPage: (url) => /^\/job\/\d+/.test(url.pathname),
});

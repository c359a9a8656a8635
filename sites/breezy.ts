import { linkPath, selectedCards } from './lib/cards';
import { hostedBoard } from './lib/hosted-board';
import { companySubdomains } from './lib/domains';

// Breezy HR career sites: <company>.breezy.hr, the job list at the root, each job at /p/<hex id>-<slug> (the URL
// shape public scrapers and links show). Breezy's own app, API, docs and help sit on subdomains of their own, and
// are excluded. A list row is li.position: one link to the job around the Apply buttons, an h2 title and ul.meta
// (li.location, li.type, li.department), as public scrapers read and quote it.
const JOB = /^\/p\/([0-9a-f]{6,})/;

export const breezy = hostedBoard({
  id: 'breezy',
  name: 'Breezy HR',
  ...companySubdomains('breezy.hr', ['app', 'www', 'api', 'developer', 'help']),
  exampleUrls: [
    'https://gowrench.breezy.hr/',
    'https://fractal-river.breezy.hr/p/60cec77079df-data-engineer-remote-latin-america',
    'https://unio-digital.breezy.hr/p/e03e9b1c94de-tier-iii-service-desk-engineer',
  ],
  isJobPage: (url) => JOB.test(url.pathname),
  findCards: selectedCards({
    card: 'li.position',
    title: ['h2'],
    location: ['li.location'],
    id: (el) => JOB.exec(linkPath(el, 'a[href*="/p/"]'))?.[1],
  }),
});

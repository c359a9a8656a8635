import type { AdapterCard } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf } from './lib/cards';
import { hostedBoard } from './lib/hosted-board';
import { companySubdomains } from './lib/domains';
import { visibleText } from './lib/visible-text';

// Breezy HR career sites: <company>.breezy.hr, the job list at the root, each job at /p/<hex id>-<slug> (the URL
// shape public scrapers and links show). Breezy's own app, API, docs and help sit on subdomains of their own, and
// are excluded. A list row is li.position: one link to the job around the Apply buttons, an h2 title and ul.meta
// (li.location, li.type, li.department), as public scrapers read and quote it.
const JOB = /^\/p\/([0-9a-f]{6,})/;

function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, 'li.position', (el) => {
    const href = first(el, ['a[href*="/p/"]'])?.getAttribute('href') ?? '';
    const titleElement = first(el, ['h2']);
    return {
      id: JOB.exec(new URL(href, 'https://x.breezy.hr/').pathname)?.[1],
      title: visibleText(titleElement),
      location: visibleText(first(el, ['li.location'])),
      titleElement,
    };
  });
}

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
  findCards,
});

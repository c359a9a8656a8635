import { genericCards } from '../engine/extract/listing';
import { hostedBoard } from './lib/hosted-board';
import { visibleText } from './lib/visible-text';

// Wellfound (wellfound.com, AngelList Talent before): jobs at /jobs/<id>-<slug> (or under /company/<slug>/jobs/),
// lists at /jobs, /role/…, /location/… and a company's /company/<slug>/jobs. Job pages go to the JobPosting readers,
// else are read whole. Search results are grouped by startup, div[data-test="StartupResult"] with the startup's
// name in its h2 and its job links under it (as public scrapers and extensions read them): the generic reader finds
// the job links, and each card's company is its startup's name.
export const wellfound = hostedBoard({
  id: 'wellfound',
  name: 'Wellfound',
  matches: ['https://wellfound.com/jobs*', 'https://wellfound.com/role/*', 'https://wellfound.com/location/*', 'https://wellfound.com/company/*/jobs*'],
  exampleUrls: [
    'https://wellfound.com/jobs/4757024-software-development-engineer-new-grad-entry-level',
    'https://wellfound.com/company/perplexity-ai/jobs/805',
    'https://wellfound.com/company/dukaan-app/jobs',
    'https://wellfound.com/role/r/software-engineer',
  ],
  test: (url) => url.hostname === 'wellfound.com' && /^\/(?:jobs|role|location)(?:\/|$)|^\/company\/[^/]+\/jobs/.test(url.pathname),
  isJobPage: (url) => /^\/(?:company\/[^/]+\/)?jobs\/\d+/.test(url.pathname),
  // The generic reader compares the page's items with each other: it needs the whole page on every pass.
  cardsReadWhole: true,
  findCards: (doc, url) =>
    genericCards(doc, url.href).map((card) => ({
      ...card,
      company: visibleText(card.element.closest('[data-test="StartupResult"]')?.querySelector('h2')) || null,
    })),
});

import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { first } from '../engine/extract/text';
import { cardsOf } from './lib/cards';
import { gather } from './lib/gather';
import { visibleText } from './lib/visible-text';

// iCIMS career portals (careers-<company>.icims.com). The job is drawn in the portal's own frame (?in_iframe=1):
// .iCIMS_JobContent holds the header fields and the description blocks (.iCIMS_InfoMsg_Job under h2 headings).
const TITLE = ['.iCIMS_Header h1', 'h1.iCIMS_Header', '.iCIMS_JobHeaderTitle', '.iCIMS_JobContent h1'];
const JOB_ID = /\/jobs\/(\d+)\//;
// Inside the content: the header table of fields (ids, dates, places), social sharing and the apply buttons.
const CHROME = '.iCIMS_JobHeaderGroup, .iCIMS_JobHeaderTable, #icims-social-share, .iCIMS_JobOptions, .iCIMS_Logo';

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  return {
    jobId: JOB_ID.exec(url.pathname)?.[1] ?? null,
    title: visibleText(titleEl),
    company: first(doc, ['meta[property="og:site_name"]'])?.getAttribute('content')?.trim() || null,
    location: null,
    language: null,
    description: gather(doc, [first(doc, ['.iCIMS_JobContent'])], CHROME),
  };
}

/** Search results: rows of .iCIMS_JobsTable, each with the job's link (its title in an h3 on current portals). */
function findCards(doc: Document): AdapterCard[] {
  return cardsOf(doc, '.iCIMS_JobsTable .row, table.iCIMS_JobsTable tr', (el) => {
    const link = first(el, ['a.iCIMS_Anchor[href*="/jobs/"]', 'a[href*="/jobs/"]']);
    const titleElement = (link && first(link, ['h3, h2'])) ?? link;
    return { id: JOB_ID.exec(link?.getAttribute('href') ?? '')?.[1], title: visibleText(titleElement), titleElement };
  });
}

export const icims: SiteAdapter = {
  id: 'icims',
  name: 'iCIMS',
  matches: ['https://*.icims.com/jobs/*'],
  exampleUrls: ['https://careers-lanternfish.icims.com/jobs/4412/customer-support-specialist/job?in_iframe=1', 'https://careers-lanternfish.icims.com/jobs/search?ss=1&searchKeyword=support'],
  test: (url) => url.hostname.endsWith('.icims.com') && url.pathname.startsWith('/jobs/'),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

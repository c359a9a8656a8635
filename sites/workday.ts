import type { AdapterCard, AdapterPosting, SiteAdapter } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { visibleText } from './lib/visible-text';
import { uniqueCards } from './lib/unique-cards';
import { cardOf } from './lib/cards';

const TITLE = ['[data-automation-id="jobPostingHeader"]'];
const DESCRIPTION = ['[data-automation-id="jobPostingDescription"]'];

/** ".../job/<place>/<Title>_25WD84893-1" → "25WD84893-1" (the requisition, per location). */
function idOfPath(path: string): string | null {
  return /\/job\/(?:[^?#]*\/)?[^/?#]*_([A-Za-z0-9]+(?:-\d+)?)\/?(?:[?#]|$)/.exec(path)?.[1] ?? null;
}

/** Workday shows "locations" as a <dl>: the label sits in a <dt>, the value(s) in <dd>. */
function locationOf(root: ParentNode): string | null {
  const box = first(root, ['[data-automation-id="locations"]']);
  if (!box) return null;
  const values = all(box, 'dd').map(visibleText).filter(Boolean);
  return (values.length ? values.join(', ') : visibleText(box)) || null;
}

function extractPosting(doc: Document, url: URL): AdapterPosting | null {
  const titleEl = first(doc, TITLE);
  if (!titleEl) return null;
  // The job pane may sit beside the search results: read the location inside the pane only.
  const pane = titleEl.closest('[data-automation-id="jobDetails"], [role="main"], main') ?? doc;
  return {
    jobId: idOfPath(url.pathname),
    title: visibleText(titleEl),
    company: null,
    location: locationOf(pane),
    language: null,
    description: first(pane, DESCRIPTION) ?? first(doc, DESCRIPTION),
  };
}

function findCards(doc: Document): AdapterCard[] {
  return uniqueCards(all(doc, 'a[data-automation-id="jobTitle"]').map((link) => {
    const el = link.closest('li') ?? link;
    const id = idOfPath(link.getAttribute('href') ?? '') ?? visibleText(el.querySelector('[data-automation-id="subtitle"] li'));
    return cardOf(el, { id, title: visibleText(link), location: locationOf(el) });
  }));
}

export const workday: SiteAdapter = {
  id: 'workday',
  name: 'Workday',
  matches: ['https://*.myworkdayjobs.com/*'],
  exampleUrls: [
    'https://autodesk.wd1.myworkdayjobs.com/Ext',
    'https://autodesk.wd1.myworkdayjobs.com/en-US/Ext/job/Senior-Industry-Strategy-Manager---Content-Creation_24WD81528',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/US-CA-Santa-Clara/Senior-Software-Engineer_JR1990000',
  ],
  test: (url) => /\.myworkdayjobs\.com$/.test(url.hostname),
  extractPosting,
  findCards,
  cardIdAttributes: ['href'],
  titleAnchor: (doc) => first(doc, TITLE),
};

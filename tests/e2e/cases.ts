import { fileURLToPath } from 'node:url';
import { hasShared, SHARED_PAGES, sharedPages } from '../sites/helpers';
import type { ServedPage } from './offline';

export { hasShared, SHARED_PAGES };
/** Pages we wrote for the browsers to load (tests/e2e/pages/). */
export const E2E_PAGES = fileURLToPath(new URL('./pages/', import.meta.url));

export interface PostingCase extends ServedPage {
  name: string;
  /** The posting's title as the side panel should show it. */
  title: string;
}

const sharedEntries = sharedPages();

function sharedTitle(board: string, file: string): string {
  const title = sharedEntries.find((e) => e.board === board && e.file === file)?.title;
  if (!title) throw new Error(`pages.json has no title for ${board}/${file}`);
  return title;
}

function shared(name: string, board: string, file: string, url: string): PostingCase {
  return { name, url, file: `${SHARED_PAGES}${board}/${file}`, title: sharedTitle(board, file) };
}

/** Saved real pages, each at the URL it was saved from (the canonical https one). */
export const sharedCases: PostingCase[] = hasShared
  ? [
      shared('LinkedIn guest job view', 'linkedin', 'guest-jobview-it-mindpal-cpp.html',
        'https://it.linkedin.com/jobs/view/c%2B%2B-developer-at-mindpal-3707037202'),
      shared('LinkedIn logged-in job view', 'linkedin', 'loggedin-jobview-flow-traders.html',
        'https://www.linkedin.com/jobs/view/4374244548/'),
      shared('Greenhouse job board', 'greenhouse', 'job-boards-sonatus-staff-ai-engineer.html',
        'https://job-boards.greenhouse.io/sonatus/jobs/5071418007'),
    ]
  : [];

/** Pages we wrote, so the end-to-end run works without ../shared. */
export const ownCases: PostingCase[] = [
  {
    name: 'Greenhouse-style page (ours)',
    url: 'https://job-boards.greenhouse.io/northwindlabs/jobs/4100000001',
    file: `${E2E_PAGES}greenhouse-posting.html`,
    title: 'Customer Support Analyst',
  },
  {
    // Its work listed under no heading: read as 'unheaded' by the page, kept as a posting by the background.
    name: 'hosted career page with no headings (ours)',
    url: 'https://riverside-clinic.bamboohr.com/careers/57',
    file: `${E2E_PAGES}bamboohr-unheaded-pharmacy.html`,
    title: 'Pharmacy Technician-PRN',
  },
];

/** A matched board URL whose page holds no job. */
export const notAJob: ServedPage = {
  url: 'https://job-boards.greenhouse.io/northwindlabs/privacy',
  file: `${E2E_PAGES}not-a-job.html`,
};

export const postingCases = [...sharedCases, ...ownCases];
export const servedPages: ServedPage[] = [...postingCases, notAJob];

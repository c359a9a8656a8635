import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ServedPage } from './offline';

/** The shared saved pages live beside the checkout, never inside it. */
export const SHARED_PAGES = fileURLToPath(new URL('../../../shared/fixtures/pages/', import.meta.url));
export const OWN_PAGES = fileURLToPath(new URL('./pages/', import.meta.url));
export const hasShared = existsSync(`${SHARED_PAGES}pages.json`);

export interface PostingCase extends ServedPage {
  name: string;
  /** The posting's title as the side panel should show it. */
  title: string;
}

const PageEntry = z.object({ board: z.string(), file: z.string(), title: z.string().nullish() });

function sharedTitle(board: string, file: string): string {
  const entries = z.array(PageEntry).parse(JSON.parse(readFileSync(`${SHARED_PAGES}pages.json`, 'utf8')));
  const title = entries.find((e) => e.board === board && e.file === file)?.title;
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
    file: `${OWN_PAGES}greenhouse-posting.html`,
    title: 'Customer Support Analyst',
  },
];

/** A matched board URL whose page holds no job. */
export const notAJob: ServedPage = {
  url: 'https://job-boards.greenhouse.io/northwindlabs/privacy',
  file: `${OWN_PAGES}not-a-job.html`,
};

export const postingCases = [...sharedCases, ...ownCases];
export const servedPages: ServedPage[] = [...postingCases, notAJob];

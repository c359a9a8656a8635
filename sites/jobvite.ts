import type { AdapterCard } from '../engine/adapter';
import { all, first } from '../engine/extract/text';
import { cardOf } from './lib/cards';
import { uniqueCards } from './lib/unique-cards';
import { hostedBoard } from './lib/hosted-board';
import { visibleText } from './lib/visible-text';

// Jobvite career sites: jobs.jobvite.com/<company>/jobs (or /careers/<company>/jobs), each job at
// /<company>/job/<8-character id>, its page carrying a schema.org JobPosting. The list's cells are named
// jv-job-list-name / jv-job-list-location (a row's link around them or inside the name), or jv-featured-job-*
// on custom skins: as a public spec of Jobvite's pages written from live pages describes them.
const JOB_LINK = /\/job\/([A-Za-z0-9]+)(?:[/?#]|$)/;
const NAME = '.jv-job-list-name, .jv-featured-job-title';

/** One card per name cell, the row around it (li or tr) its element. */
function findCards(doc: Document): AdapterCard[] {
  return uniqueCards(
    all(doc, NAME).map((name) => {
      const row = name.closest('li, tr') ?? name;
      const link = name.closest('a[href*="/job/"]') ?? first(row, ['a[href*="/job/"]']);
      return cardOf(row, {
        id: JOB_LINK.exec(link?.getAttribute('href') ?? '')?.[1],
        title: visibleText(name),
        location: visibleText(first(row, ['.jv-job-list-location', '.jv-featured-job-location'])),
        titleElement: name,
      });
    }),
  );
}

export const jobvite = hostedBoard({
  id: 'jobvite',
  name: 'Jobvite',
  matches: ['https://jobs.jobvite.com/*'],
  exampleUrls: [
    'https://jobs.jobvite.com/amberstudiocareers/search?l=Worldwide',
    'https://jobs.jobvite.com/careers/internetbrands/jobs',
    'https://jobs.jobvite.com/careers/gigya/job/oXDf2fwB',
  ],
  test: (url) => url.hostname === 'jobs.jobvite.com',
  isJobPage: (url) => JOB_LINK.test(url.pathname),
  findCards,
});

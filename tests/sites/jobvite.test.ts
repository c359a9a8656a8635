import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { jobvite } from '../../sites/jobvite';
import { describeOwnPages } from './board';
import { ownDocument } from './helpers';

// No saved Jobvite page in ../shared yet: our pages follow the markup a public spec of Jobvite's pages describes.
describeOwnPages(jobvite, [
  {
    file: 'jobvite-style.html',
    url: 'https://jobs.jobvite.com/lanternfish/jobs',
    what: 'a job list in the classic rows and the newer table, one job in both',
    cards: [
      ['oD2jAfwi', 'Customer Support Specialist', null, 'Porto, Portugal'],
      ['oQ7rTmxa', 'Bookkeeper', null, '2 Locations'],
      ['oK3pLw9e', 'Data Engineer', null, 'Berlin, Germany'],
    ],
  },
  {
    file: 'jobvite-job-style.html',
    url: 'https://jobs.jobvite.com/lanternfish/job/oK3pLw9e',
    what: 'a job page with its JobPosting',
    source: 'json-ld',
    posting: { title: 'Data Engineer', company: 'Lanternfish' },
    has: ['Build and run the pipelines that load our sales data.', 'Experience with Airflow or a similar scheduler.'],
  },
]);

describe('jobvite job page', () => {
  it('lists no cards of its own', () => {
    const url = new URL('https://jobs.jobvite.com/lanternfish/job/oK3pLw9e');
    expect(jobvite.findCards(ownDocument('jobvite-job-style.html'), url)).toEqual([]);
    expect(extractPosting(ownDocument('jobvite-style.html'), 'https://jobs.jobvite.com/lanternfish/jobs', jobvite).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { teamtailor } from '../../sites/teamtailor';
import { personio } from '../../sites/personio';
import { taleo } from '../../sites/taleo';
import { describeOwnPages } from './board';
import { ownDocument } from './helpers';

// Hosted career sites claimed by URL alone (sites/lib/hosted-board.ts): no saved page of theirs in ../shared yet, so
// our pages (tests/fixtures/pages/<board>-style.html) are written to the URL shapes and markup the adapters cite.

describeOwnPages(teamtailor, [
  {
    file: 'teamtailor-style.html',
    url: 'https://lanternfish.teamtailor.com/jobs',
    what: 'a job list, read by the generic listing reader',
    cards: [
      ['/jobs/8412233-customer-support-specialist', 'Customer Support Specialist', null, null],
      ['/jobs/8412240-data-engineer', 'Data Engineer', null, null],
      ['/jobs/8412251-bookkeeper', 'Bookkeeper', null, null],
    ],
  },
]);

describeOwnPages(personio, [
  {
    file: 'personio-style.html',
    url: 'https://lanternfish.jobs.personio.de/?language=de',
    what: 'the job list, read by the generic listing reader',
    cards: [
      ['/job/2753169?language=de', 'Werkstudent:in Redaktion', null, null],
      ['/job/2791500?language=de', 'Data Scientist (m/w/d)', null, null],
      ['/job/2801122?language=de', 'Buchhalter:in', null, null],
    ],
  },
]);

describeOwnPages(taleo, [
  {
    file: 'taleo-style.html',
    url: 'https://lanternfish.taleo.net/careersection/2/jobsearch.ftl?lang=en',
    what: 'a search, read by the generic listing reader',
    cards: [
      ['/careersection/2/jobdetail.ftl?job=195537&lang=en', 'Water Resources Engineer', null, null],
      ['/careersection/2/jobdetail.ftl?job=195540&lang=en', 'Project Accountant', null, null],
      ['/careersection/2/jobdetail.ftl?job=195552&lang=en', 'Field Technician', null, null],
    ],
  },
]);

describe('a hosted board job page without a JobPosting', () => {
  const url = 'https://lanternfish.taleo.net/careersection/2/jobdetail.ftl?job=195537&lang=en';
  const doc = ownDocument('taleo-detail-style.html');

  it('is read whole by Readability, as on a site no adapter knows', () => {
    const result = extractPosting(doc, url, taleo);
    expect(result.ok && result.source).toBe('readability');
    if (!result.ok) return;
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Prepare hydraulic and hydrologic models for flood studies.');
    expect(lines).toContain('Three years of experience with HEC-RAS or similar tools.');
    expect(result.posting.sections.map((s) => s.kind)).toContain('responsibilities');
  });

  it('shows no cards of its own', () => expect(taleo.findCards(doc, new URL(url))).toEqual([]));

  it('would be found to show no job by an adapter that does not read pages whole', () => {
    const result = extractPosting(doc, url, { ...taleo, readsWholePage: false });
    expect(result.ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { glassdoor } from '../../sites/glassdoor';
import { describeBoard } from './board';
import { domFromHtml, ownDocument } from './helpers';

describeBoard('glassdoor', glassdoor);

describe('glassdoor (our fixture: two-pane search)', () => {
  const url = 'https://www.glassdoor.co.in/Job/pune-payroll-jobs-SRCH_IL.0,4_IC2856202_KO5,12.htm';
  const doc = ownDocument('glassdoor-style.html');

  it('reads the detail pane, not the first card, and leaves the rating out of the company', () => {
    const result = extractPosting(doc, url, glassdoor);
    expect(result.ok && result.source).toBe('site:glassdoor');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Payroll Analyst', company: 'Lotus Ledger', location: 'Pune' });
    expect(result.posting.sections.map((s) => s.kind)).toEqual(['responsibilities', 'requirements']);
    expect(glassdoor.extractPosting(doc, new URL(url))?.jobId).toBe('1001');
  });

  it('finds the cards by data-jobid', () => {
    expect(glassdoor.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['1001', 'Payroll Analyst', 'Lotus Ledger', 'Pune'],
      ['1002', 'HR Generalist', 'Deccan Tools', 'Mumbai'],
    ]);
  });

  it('gives no posting for a list without its detail pane', () => {
    const list = domFromHtml('<ul><li data-test="jobListing" data-jobid="7"><a data-test="job-title">Cook</a></li></ul>');
    expect(glassdoor.extractPosting(list, new URL(url))).toBeNull();
  });
});

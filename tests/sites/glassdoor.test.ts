import { describe, expect, it } from 'vitest';
import { glassdoor } from '../../sites/glassdoor';
import { describeBoard, describeOwnPages } from './board';
import { domFromHtml } from './helpers';

describeBoard('glassdoor', glassdoor);

const URL_ = 'https://www.glassdoor.co.in/Job/pune-payroll-jobs-SRCH_IL.0,4_IC2856202_KO5,12.htm';

describeOwnPages(glassdoor, [
  {
    file: 'glassdoor-style.html',
    url: URL_,
    what: 'two-pane search: the detail pane, not the first card; the company without its rating',
    source: 'site:glassdoor',
    posting: { title: 'Payroll Analyst', company: 'Lotus Ledger', location: 'Pune' },
    kinds: ['responsibilities', 'requirements'],
    jobId: '1001',
    cards: [
      ['1001', 'Payroll Analyst', 'Lotus Ledger', 'Pune'],
      ['1002', 'HR Generalist', 'Deccan Tools', 'Mumbai'],
    ],
  },
]);

describe('glassdoor (a list alone)', () => {
  it('gives no posting for a list without its detail pane', () => {
    const list = domFromHtml('<ul><li data-test="jobListing" data-jobid="7"><a data-test="job-title">Cook</a></li></ul>');
    expect(glassdoor.extractPosting(list, new URL(URL_))).toBeNull();
  });
});

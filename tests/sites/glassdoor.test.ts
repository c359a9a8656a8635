import { describe, expect, it } from 'vitest';
import { glassdoor } from '../../sites/glassdoor';
import { domFromHtml } from './helpers';

const URL_ = 'https://www.glassdoor.co.in/Job/pune-payroll-jobs-SRCH_IL.0,4_IC2856202_KO5,12.htm';

describe('glassdoor (a list alone)', () => {
  it('gives no posting for a list without its detail pane', () => {
    const list = domFromHtml('<ul><li data-test="jobListing" data-jobid="7"><a data-test="job-title">Cook</a></li></ul>');
    expect(glassdoor.extractPosting(list, new URL(URL_))).toBeNull();
  });
});

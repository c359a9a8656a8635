import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../engine/analyze';
import { glassdoor } from '../../sites/glassdoor';
import { ownDocument } from '../sites/helpers';

describe('analyzePage: the job on screen names its card', () => {
  const url = 'https://www.glassdoor.co.in/Job/pune-payroll-jobs-SRCH_IL.0,4_IC2856202_KO5,12.htm';

  it("carries the adapter's job id of the open posting, so its card is found without reading the page again", () => {
    const { analysis, jobId } = analyzePage(ownDocument('glassdoor-style.html'), url, glassdoor);
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting?.title).toBe('Payroll Analyst');
    expect(jobId).toBe('1001');
    expect(analysis.cards.map((c) => c.id)).toContain(jobId);
    expect(Object.keys(analysis)).not.toContain('jobId');
  });

  it('has no job id when nothing is read', () => {
    const { analysis, jobId } = analyzePage(ownDocument('not-a-job.html'), 'https://example.org/about', null);
    expect(analysis.kind).toBe('none');
    expect(jobId).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { icims } from '../../sites/icims';
import { ownDocument } from './helpers';

describe('icims (our fixtures: a framed job page, a search page)', () => {
  const url = 'https://careers-lanternfish.icims.com/jobs/4412/customer-support-specialist/job?in_iframe=1';

  it('reads title and company, and the description blocks without the header fields, sharing or apply buttons', () => {
    const doc = ownDocument('icims-style.html');
    const result = extractPosting(doc, url, icims);
    expect(result.ok && result.source).toBe('site:icims');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Customer Support Specialist', company: 'Lanternfish' });
    expect(result.posting.sections.map((s) => [s.heading, s.kind])).toEqual([['Overview', 'other'], ['Responsibilities', 'responsibilities'], ['Qualifications', 'requirements']]);
    const lines = result.posting.sections.flatMap((s) => s.lines).join('\n');
    for (const chrome of ['2026-4412', 'PT-Porto', 'Share on LinkedIn', 'Apply for this job online']) expect(lines).not.toContain(chrome);
    expect(icims.extractPosting(doc, new URL(url))?.jobId).toBe('4412');
  });

  it('finds the search rows by their job links', () => {
    const doc = ownDocument('icims-search-style.html');
    const searchUrl = new URL('https://careers-lanternfish.icims.com/jobs/search?ss=1&searchKeyword=support');
    expect(icims.extractPosting(doc, searchUrl)).toBeNull();
    expect(icims.findCards(doc, searchUrl).map((c) => [c.id, c.title])).toEqual([
      ['4412', 'Customer Support Specialist'],
      ['4420', 'Bookkeeper'],
    ]);
  });
});

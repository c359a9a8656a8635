import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { greenhouse } from '../../sites/greenhouse';
import { describeBoard, describeOwnPages } from './board';
import { ownDocument } from './helpers';

describeBoard('greenhouse', greenhouse);

describeOwnPages(greenhouse, [
  {
    file: 'greenhouse-style.html',
    url: 'https://boards.greenhouse.io/examplecorp/jobs/4000123',
    what: 'classic boards.greenhouse.io page',
    source: 'site:greenhouse',
    posting: { title: 'Data Platform Engineer', company: 'Example Corp', location: 'Berlin, Germany', language: 'en' },
    lines: {
      responsibilities: ['Build and operate batch and streaming pipelines', 'Review pull requests and mentor two engineers', 'Write runbooks for on-call'],
      benefits: ['30 days of paid leave'],
    },
    hasNot: /alert\(/,
    jobId: '4000123',
    anchor: 'Data Platform Engineer',
  },
]);

describe('greenhouse (our fixture)', () => {
  it('reads both requirements', () => {
    const result = extractPosting(ownDocument('greenhouse-style.html'), 'https://boards.greenhouse.io/examplecorp/jobs/4000123', greenhouse);
    expect(result.ok && result.posting.sections.filter((s) => s.kind === 'requirements').flatMap((s) => s.lines)).toHaveLength(2);
  });
});

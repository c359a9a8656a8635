import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { greenhouse } from '../../sites/greenhouse';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('greenhouse', greenhouse);

describe('greenhouse (our fixture: classic boards.greenhouse.io page)', () => {
  const url = 'https://boards.greenhouse.io/examplecorp/jobs/4000123';
  const doc = ownDocument('greenhouse-style.html');
  const result = extractPosting(doc, url, greenhouse);

  it('reads title, company and location', () => {
    expect(result.ok && result.source).toBe('site:greenhouse');
    if (!result.ok) return;
    expect(result.posting.title).toBe('Data Platform Engineer');
    expect(result.posting.company).toBe('Example Corp');
    expect(result.posting.location).toBe('Berlin, Germany');
    expect(result.posting.language).toBe('en');
  });

  it('sections the description and drops the inline script', () => {
    if (!result.ok) throw new Error(result.reason);
    const byKind = Object.fromEntries(result.posting.sections.map((s) => [s.kind, s.lines]));
    expect(byKind.responsibilities).toEqual([
      'Build and operate batch and streaming pipelines',
      'Review pull requests and mentor two engineers',
      'Write runbooks for on-call',
    ]);
    expect(byKind.requirements).toHaveLength(2);
    expect(byKind.benefits).toEqual(['30 days of paid leave']);
    expect(JSON.stringify(result.posting)).not.toContain('alert(');
  });

  it('exposes the job id and the title anchor', () => {
    expect(greenhouse.extractPosting(doc, new URL(url))?.jobId).toBe('4000123');
    expect(greenhouse.titleAnchor(doc)?.textContent).toBe('Data Platform Engineer');
  });
});

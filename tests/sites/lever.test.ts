import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { lever } from '../../sites/lever';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('lever', lever);

describe('lever (our fixture: posting with list sections)', () => {
  const url = 'https://jobs.lever.co/orchard/0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b';
  const doc = ownDocument('lever-style.html');
  const result = extractPosting(doc, url, lever);

  it('reads title, company from the logo and all locations', () => {
    expect(result.ok && result.source).toBe('site:lever');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Field Service Technician', company: 'Orchard Robotics', location: 'Fresno, CA / Yakima, WA' });
    expect(lever.extractPosting(doc, new URL(url))?.jobId).toBe('0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b');
  });

  it('gathers the intro, list sections and closing, without the apply button', () => {
    if (!result.ok) throw new Error(result.reason);
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(result.posting.sections.map((s) => s.kind)).toContain('responsibilities');
    expect(lines).toContain('Repair robots in the field during harvest');
    expect(lines).toContain('A driving licence and two years of mechanical work');
    expect(lines).not.toContain('Apply for this job');
  });
});

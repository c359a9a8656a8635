import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { smartrecruiters } from '../../sites/smartrecruiters';
import { ownDocument } from './helpers';

// No saved SmartRecruiters page exists in ../shared: our own fixture only.
describe('smartrecruiters (our fixture: posting with description sections)', () => {
  const url = 'https://jobs.smartrecruiters.com/FjordFoods/744000099999999-warehouse-shift-lead';
  const doc = ownDocument('smartrecruiters-style.html');

  it('reads the posting and gathers its sections', () => {
    const result = extractPosting(doc, url, smartrecruiters);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Warehouse Shift Lead', company: 'Fjord Foods', location: 'Bergen, Vestland, Norway' });
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Plan the night shift for twelve pickers');
    expect(lines).toContain('Forklift licence');
  });

  it('gives the numeric job id', () => {
    expect(smartrecruiters.extractPosting(doc, new URL(url))?.jobId).toBe('744000099999999');
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { ziprecruiter } from '../../sites/ziprecruiter';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('ziprecruiter', ziprecruiter);

describe('ziprecruiter (our fixture: search page with detail pane, cards rendered twice)', () => {
  const url = 'https://www.ziprecruiter.com/jobs-search?search=dental+assistant&location=Tucson%2C+AZ';
  const doc = ownDocument('ziprecruiter-style.html');

  it('reads the pane: title from its first heading, the text after "Job description"', () => {
    const result = extractPosting(doc, url, ziprecruiter);
    expect(result.ok && result.source).toBe('site:ziprecruiter');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Dental Assistant', company: 'Desert Smiles', location: 'Tucson, AZ • On-site' });
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(lines).toContain('Take dental X-rays as directed');
    expect(lines).not.toContain('Quick Apply');
  });

  it('finds each card once', () => {
    expect(ziprecruiter.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['AbC123', 'Dental Assistant', 'Desert Smiles', 'Tucson, AZ'],
      ['XyZ789', 'Front Desk Coordinator', 'Saguaro Dental', 'Marana, AZ'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { workable } from '../../sites/workable';
import { ownDocument } from './helpers';

describe('workable (our fixtures: a job page, a company job list)', () => {
  const url = 'https://apply.workable.com/lanternfish/j/4A1B2C3D4E/';

  it('reads title, company, place, and the three sections in order', () => {
    const doc = ownDocument('workable-style.html');
    const result = extractPosting(doc, url, workable);
    expect(result.ok && result.source).toBe('site:workable');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Support Specialist', company: 'Lanternfish', location: 'Porto, Portugal' });
    expect(result.posting.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Description', 'other'],
      ['As our Support Specialist you will', 'responsibilities'],
      ['Requirements', 'requirements'],
      ['Benefits', 'benefits'],
    ]);
    expect(result.posting.sections.flatMap((s) => s.lines)).toContain('Answer customer emails and chats about orders and billing');
    expect(workable.extractPosting(doc, new URL(url))?.jobId).toBe('4A1B2C3D4E');
  });

  it('finds the openings of a job list by their short codes', () => {
    const doc = ownDocument('workable-list-style.html');
    const listUrl = new URL('https://apply.workable.com/lanternfish/');
    expect(workable.extractPosting(doc, listUrl)).toBeNull();
    expect(workable.findCards(doc, listUrl).map((c) => [c.id, c.title, c.location])).toEqual([
      ['4A1B2C3D4E', 'Support Specialist', 'Porto, Portugal'],
      ['9Z8Y7X6W5V', 'Bookkeeper', 'Remote'],
    ]);
  });
});

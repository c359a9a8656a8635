import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { remoteok } from '../../sites/remoteok';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('remoteok', remoteok);

describe('remoteok (our fixture: a job page, its row open, another row below)', () => {
  const url = 'https://remoteok.com/remote-jobs/remote-customer-support-lead-lanternfish-1093333';
  const doc = ownDocument('remoteok-style.html');

  it('reads the open job from its row and its description from the row under it', () => {
    const result = extractPosting(doc, url, remoteok);
    expect(result.ok && result.source).toBe('site:remoteok');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Customer Support Lead', company: 'Lanternfish', location: '🌏 Worldwide' });
    expect(result.posting.sections.map((s) => [s.heading, s.kind])).toEqual([[null, 'other'], ['Responsibilities', 'responsibilities'], ['Requirements', 'requirements']]);
    expect(remoteok.titleAnchor(doc)?.textContent?.trim()).toBe('Customer Support Lead');
  });

  it('finds the job rows, not the placeholders, and no posting on a list', () => {
    expect(remoteok.findCards(doc, new URL(url)).map((c) => [c.id, c.title, c.company])).toEqual([
      ['1093333', 'Customer Support Lead', 'Lanternfish'],
      ['1093401', 'Technical Writer', 'Quillmate'],
    ]);
    expect(remoteok.extractPosting(doc, new URL('https://remoteok.com/remote-support-jobs'))).toBeNull();
  });
});

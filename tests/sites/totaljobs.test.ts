import { describe, expect, it } from 'vitest';
import { totaljobs } from '../../sites/totaljobs';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('totaljobs', totaljobs);

describe('totaljobs (our fixture: search page on the StepStone platform)', () => {
  const url = new URL('https://www.totaljobs.com/jobs/chef/in-bristol');
  const doc = ownDocument('totaljobs-style.html');

  it('finds the cards, ids from the article', () => {
    expect(totaljobs.findCards(doc, url).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['200000001', 'Sous Chef', 'Harbourside Kitchen', 'Bristol, BS1'],
      ['200000002', 'Kitchen Porter', 'Clifton Bistro', 'Clifton, BS8'],
    ]);
  });

  it('shows no posting on a search page', () => expect(totaljobs.extractPosting(doc, url)).toBeNull());
});

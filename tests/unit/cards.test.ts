import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cardEstimate, cardSummaries, correctionKey, readTitle, titleEstimate } from '../../engine/cards';
import { analyzeDocument } from '../../engine/analyze';
import { matchTitle } from '../../engine/titles/match';
import { adapterFor } from '../../sites/registry';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

const OWN_LISTING = resolve(__dirname, '../e2e/pages/linkedin-listing.html');

const analyse = (file: string, url: string) => {
  const { document } = parseHTML(readFileSync(file, 'utf8'));
  return analyzeDocument(document as unknown as Document, url, adapterFor(url));
};

describe('card estimates', () => {
  it('a known title carries its title prior; an unknown one carries none, never a made-up score', () => {
    const prior = matchTitle('Data Entry Clerk')!.exposure;
    expect(titleEstimate('Data Entry Clerk')).toEqual({ source: 'title-prior', exposure: prior.score, label: prior.label, occupation: expect.objectContaining({ id: '43-9021.00', soc: '43-9021.00', en: 'Data Entry Keyers' }) });
    expect(titleEstimate('Blorf Quantum Wizard')).toEqual({ source: 'none', exposure: null, label: null, occupation: null });
    expect(titleEstimate('   ')).toEqual({ source: 'none', exposure: null, label: null, occupation: null });
  });

  it("the analysed posting's exposure wins over the title prior", () => {
    const posting = { score: 0.12, label: 'human-led' as const, counts: { automatable: 0, augmentable: 1, 'human-led': 5 }, unclear: 0 };
    expect(cardEstimate('Data Entry Clerk', posting)).toEqual({ source: 'posting', exposure: 0.12, label: 'human-led', occupation: expect.objectContaining({ id: '43-9021.00' }) });
    expect(cardEstimate('Blorf Quantum Wizard', posting).source).toBe('posting');
    expect(cardEstimate('Data Entry Clerk', null).source).toBe('title-prior');
  });

  it('cardSummaries keeps id, title and company and adds the prior figures', () => {
    const rows = cardSummaries([
      { id: '1', title: 'Bookkeeper', company: 'A' },
      { id: '2', title: 'Blorf Quantum Wizard', company: null },
    ]);
    const bookkeeper = matchTitle('Bookkeeper')!;
    expect(rows[0]).toEqual({ id: '1', title: 'Bookkeeper', company: 'A', exposure: bookkeeper.exposure.score, label: bookkeeper.exposure.label, occupation: expect.objectContaining({ id: bookkeeper.occupation.id }) });
    expect(bookkeeper.occupation.soc).toBe('43-3031.00');
    expect(rows[1]).toEqual({ id: '2', title: 'Blorf Quantum Wizard', company: null, exposure: null, label: null, occupation: null });
  });
});

describe('analyze on listings: every card with its badge figures', () => {
  it('our two-pane listing: six cards, five with a prior, the posting read too', () => {
    const a = analyse(OWN_LISTING, 'https://www.linkedin.com/jobs/search?keywords=clerk');
    expect(a.cards).toHaveLength(6);
    expect(a.cards.filter((c) => c.exposure !== null)).toHaveLength(5);
    expect(a.cards.find((c) => c.title === 'Blorf Quantum Wizard')?.exposure).toBeNull();
    expect(a.posting?.title).toBe('Data Entry Clerk');
  });

  it.skipIf(!hasShared)('saved LinkedIn SEO listing: kind "listing", 25 cards, each exposure null or in 0..1 with a label', () => {
    const a = analyse(`${SHARED_PAGES}linkedin/guest-seo-search-data-engineer-ny.html`, 'https://www.linkedin.com/jobs/data-engineer-jobs-new-york');
    expect(a.kind).toBe('listing');
    expect(a.cards).toHaveLength(25);
    for (const card of a.cards) {
      if (card.exposure === null) {
        expect(card.label).toBeNull();
      } else {
        expect(card.exposure).toBeGreaterThanOrEqual(0);
        expect(card.exposure).toBeLessThanOrEqual(1);
        expect(card.label).not.toBeNull();
      }
    }
    expect(a.cards.filter((c) => c.exposure !== null).length).toBeGreaterThan(15);
  });
});

describe('title corrections', () => {
  it("the person's reading of a title wins, for that title however it is decorated, and only for it", () => {
    const corrections = new Map([[correctionKey('Caretaker'), '37-2011.00']]);
    expect(correctionKey('Sr. Caretaker (m/w/d)')).toBe('caretaker');
    const reading = readTitle('Sr. Caretaker (m/w/d) - Remote', corrections);
    expect(reading).toMatchObject({ corrected: true, occupation: { id: '37-2011.00', soc: '37-2011.00' } });
    expect(titleEstimate('Caretaker', corrections).occupation?.id).toBe('37-2011.00');
    expect(readTitle('Caretaker')?.occupation.id).not.toBe('37-2011.00');
    expect(readTitle('Registered Nurse', corrections)).toMatchObject({ corrected: false, occupation: { id: '29-1141.00' } });
  });

  it('ignores a correction naming an occupation that does not exist', () => {
    const corrections = new Map([['caretaker', 'no-such-id']]);
    expect(readTitle('Caretaker', corrections)?.corrected).toBe(false);
  });
});

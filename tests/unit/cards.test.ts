import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cardEstimate, cardSummaries, titleEstimate } from '../../engine/cards';
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
    expect(titleEstimate('Data Entry Clerk')).toEqual({ source: 'title-prior', exposure: prior.score, label: prior.label });
    expect(titleEstimate('Zorblax Wrangler')).toEqual({ source: 'none', exposure: null, label: null });
    expect(titleEstimate('   ')).toEqual({ source: 'none', exposure: null, label: null });
  });

  it("the analysed posting's exposure wins over the title prior", () => {
    const posting = { score: 0.12, label: 'human-led' as const, counts: { automatable: 0, augmentable: 1, 'human-led': 5 }, unclear: 0 };
    expect(cardEstimate('Data Entry Clerk', posting)).toEqual({ source: 'posting', exposure: 0.12, label: 'human-led' });
    expect(cardEstimate('Zorblax Wrangler', posting).source).toBe('posting');
    expect(cardEstimate('Data Entry Clerk', null).source).toBe('title-prior');
  });

  it('cardSummaries keeps id, title and company and adds the prior figures', () => {
    const rows = cardSummaries([
      { id: '1', title: 'Bookkeeper', company: 'A' },
      { id: '2', title: 'Chief Vibe Officer', company: null },
    ]);
    expect(rows[0]).toEqual({ id: '1', title: 'Bookkeeper', company: 'A', exposure: matchTitle('Bookkeeper')!.exposure.score, label: 'automatable' });
    expect(rows[1]).toEqual({ id: '2', title: 'Chief Vibe Officer', company: null, exposure: null, label: null });
  });
});

describe('analyze on listings: every card with its badge figures', () => {
  it('our two-pane listing: six cards, five with a prior, the posting read too', () => {
    const a = analyse(OWN_LISTING, 'https://www.linkedin.com/jobs/search?keywords=clerk');
    expect(a.cards).toHaveLength(6);
    expect(a.cards.filter((c) => c.exposure !== null)).toHaveLength(5);
    expect(a.cards.find((c) => c.title === 'Chief Vibe Officer')?.exposure).toBeNull();
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

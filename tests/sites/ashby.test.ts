import { describe, expect, it } from 'vitest';
import { ashby } from '../../sites/ashby';
import { domFromHtml } from './helpers';

describe('ashby (page data)', () => {
  const url = 'https://jobs.ashbyhq.com/kestrel/11111111-2222-4333-8444-555555555555';

  it('gives board cards from the data, badged on <body> while nothing is rendered', () => {
    const board = domFromHtml(`<html><head><title>Kestrel Labs Jobs</title><script>window.__appData = {"organization":{"name":"Kestrel Labs"},
      "posting":null,"jobBoard":{"jobPostings":[{"id":"a1","title":"Designer","locationName":"Remote","isListed":true},
      {"id":"a2","title":"Hidden","isListed":false}]}};</script></head><body><div id="root"></div></body></html>`);
    const cards = ashby.findCards(board, new URL('https://jobs.ashbyhq.com/kestrel'));
    expect(cards.map((c) => [c.id, c.title, c.company, c.location])).toEqual([['a1', 'Designer', 'Kestrel Labs', 'Remote']]);
    expect(cards[0]?.element).toBe(board.body);
  });

  it('survives broken page data', () => {
    const broken = domFromHtml('<script>window.__appData = {"posting": {"id": </script><body></body>');
    expect(ashby.extractPosting(broken, new URL(url))).toBeNull();
    expect(ashby.findCards(broken, new URL(url))).toEqual([]);
  });
});

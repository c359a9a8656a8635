import { describe, expect, it } from 'vitest';
import { ashby } from '../../sites/ashby';
import { describeBoard, describeOwnPages } from './board';
import { domFromHtml, ownDocument } from './helpers';

describeBoard('ashby', ashby);

describeOwnPages(ashby, [
  {
    file: 'ashby-style.html',
    url: 'https://jobs.ashbyhq.com/kestrel/11111111-2222-4333-8444-555555555555',
    what: 'served shell with window.__appData, read from the page data, sanitised',
    source: 'site:ashby',
    posting: { title: 'Support Engineer', company: 'Kestrel Labs', location: 'Lisbon, Portugal' },
    kinds: ['responsibilities', 'requirements'],
    hasNot: /alert/,
  },
]);

describe('ashby (page data)', () => {
  const url = 'https://jobs.ashbyhq.com/kestrel/11111111-2222-4333-8444-555555555555';

  it('ignores page data for another posting than the URL names', () => {
    expect(ashby.extractPosting(ownDocument('ashby-style.html'), new URL('https://jobs.ashbyhq.com/kestrel/99999999-2222-4333-8444-555555555555'))).toBeNull();
  });

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

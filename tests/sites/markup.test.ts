import { describe, expect, it } from 'vitest';
import { adapterByMarkup, adapterFor, adapters } from '../../sites/registry';
import { domFromHtml, hasShared, sharedDocument, sharedPages } from './helpers';

const platforms = adapters.filter((a) => a.ownsPage);

// A career-site platform on a company's own domain is known by its markup: on the saved pages no URL claims, exactly
// those pages.json notes as that platform's are claimed (no other board's page, no plain career site).
describe.skipIf(!hasShared)('career-site platforms known by their markup', () => {
  const unclaimed = sharedPages().filter((p) => !p.url_guessed && !adapterFor(p.url));
  const notes = (p: (typeof unclaimed)[number]): string => JSON.stringify(p.notes ?? []);
  for (const adapter of platforms) {
    it(`${adapter.id}: claims the pages noted as its own, and no other`, () => {
      const word = new RegExp(adapter.name.split(' ')[0]!, 'i');
      const claimed = unclaimed.filter((p) => adapterByMarkup(sharedDocument(p)) === adapter).map((p) => p.file);
      expect(claimed).toEqual(unclaimed.filter((p) => word.test(notes(p))).map((p) => p.file));
    });
  }
});

describe('markup alone', () => {
  it('a platform’s script on a page with nothing its adapter reads claims nothing', () => {
    const doc = domFromHtml('<html><head><script src="//tbcdn.talentbrew.com/js/client/search.js"></script></head><body><h1>Our culture</h1></body></html>');
    expect(adapterByMarkup(doc)).toBeNull();
  });
  it('a results list without the platform’s script claims nothing', () => {
    const doc = domFromHtml('<html><body><section id="search-results-list"><ul><li><a data-job-id="1" href="/job/a/b/1/2"><h2>Clerk</h2></a></li></ul></section></body></html>');
    expect(adapterByMarkup(doc)).toBeNull();
  });
});

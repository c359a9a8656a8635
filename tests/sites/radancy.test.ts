import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../sites/registry';
import { radancy } from '../../sites/radancy';
import { collapse, hasShared, sharedDocument, sharedPages, usableUrl } from './helpers';

// The one saved Radancy page (../shared: Palo Alto Networks' search on jobs.paloaltonetworks.com, a theme whose class
// names are its own: section29__…) is filed as a company career site: no URL names the platform, its markup does.
describe.skipIf(!hasShared)('radancy saved page (Palo Alto Networks search, on the company’s domain)', () => {
  const page = sharedPages('company-careers').find((p) => p.file.includes('radancy'))!;
  const doc = sharedDocument(page);
  const url = usableUrl(page.url);

  it('is known by its markup, not by its URL', () => {
    expect(adapterFor(page.url)).toBeNull();
    expect(adapterFor(page.url, doc)?.id).toBe('radancy');
  });

  it('finds every job of its lists once (the results and the job-list module), by its link’s data-job-id, with its title and place', () => {
    const cards = radancy.findCards(doc, url);
    expect(cards.length).toBe(page.cards);
    expect(cards.slice(0, 3).map((c) => c.title)).toEqual(page.first_titles);
    expect(cards.filter((c) => c.element.closest('#search-results-list')).length).toBeGreaterThan(0);
    expect(cards.filter((c) => c.element.closest('[data-module-type="JobList"]')).length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(card.element.querySelector('a[data-job-id]')?.getAttribute('data-job-id')).toBe(card.id);
      expect(collapse(card.titleElement?.textContent)).toBe(card.title);
      expect(card.location).toMatch(/\w, \w/);
    }
  });

  it('shows no posting', () => expect(radancy.extractPosting(doc, url)).toBeNull());
});

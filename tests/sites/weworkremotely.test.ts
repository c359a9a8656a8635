import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { weworkremotely } from '../../sites/weworkremotely';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('weworkremotely', weworkremotely);

describe('weworkremotely (our fixtures: a job page and a category list)', () => {
  const url = 'https://weworkremotely.com/remote-jobs/lanternfish-customer-support-specialist';
  const doc = ownDocument('weworkremotely-style.html');

  it('reads title, company (without its icon), region and the description', () => {
    const result = extractPosting(doc, url, weworkremotely);
    expect(result.ok && result.source).toBe('site:weworkremotely');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Customer Support Specialist', company: 'Lanternfish', location: 'Anywhere in the World' });
    expect(result.posting.sections.map((s) => [s.heading, s.kind])).toEqual([[null, 'other'], ["What you'll do", 'responsibilities'], ["What we're looking for", 'requirements']]);
    expect(weworkremotely.extractPosting(doc, new URL(url))?.jobId).toBe('lanternfish-customer-support-specialist');
    expect(weworkremotely.titleAnchor(doc)?.textContent?.trim()).toBe('Customer Support Specialist');
  });

  it('finds each job of a list once, by its link, and not the promo', () => {
    const list = ownDocument('weworkremotely-search-style.html');
    const listUrl = new URL('https://weworkremotely.com/categories/remote-customer-support-jobs');
    expect(weworkremotely.extractPosting(list, listUrl)).toBeNull();
    expect(weworkremotely.findCards(list, listUrl).map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['lanternfish-customer-support-specialist', 'Customer Support Specialist', 'Lanternfish', 'Porto, Portugal'],
      ['quillmate-technical-support-engineer', 'Technical Support Engineer', 'Quillmate', 'Remote'],
    ]);
  });
});

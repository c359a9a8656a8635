import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { adapterFor } from '../../sites/registry';
import { successfactors } from '../../sites/successfactors';
import { collapse, hasShared, ownDocument, sharedDocument, sharedPages } from './helpers';

describe.skipIf(!hasShared)('successfactors saved page (State of Illinois, jobs2web with microdata)', () => {
  it('is claimed by this adapter and reads title, company, place and the duties', () => {
    const page = sharedPages('company-careers').find((p) => p.file.includes('successfactors'))!;
    expect(adapterFor(page.url)?.id).toBe('successfactors');
    const result = extractPosting(sharedDocument(page), page.url, successfactors);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting).toMatchObject({ title: page.title, company: page.company, location: page.location });
    const lines = result.posting.sections.flatMap((s) => s.lines);
    for (const sample of page.sample_bullets ?? []) expect(lines).toContain(collapse(sample));
    expect(result.root?.querySelectorAll('li').length).toBe(page.bullets);
  });
});

describe('successfactors (our fixtures: a job page without microdata, a search page)', () => {
  const url = 'https://riverbend.jobs2web.com/job/Riverbend-Payroll-Clerk-OR-97000/880011/';

  it('reads the job page from its Career Site Builder fields', () => {
    const doc = ownDocument('successfactors-style.html');
    const result = extractPosting(doc, url, successfactors);
    expect(result.ok && result.source).toBe('site:successfactors');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: 'Payroll Clerk', company: 'Riverbend County', location: 'Riverbend, OR, US, 97000' });
    expect(result.posting.sections.map((s) => [s.heading, s.kind])).toEqual([['Essential Functions', 'responsibilities'], ['Minimum Qualifications', 'requirements']]);
    expect(successfactors.extractPosting(doc, new URL(url))?.jobId).toBe('880011');
  });

  it("finds each search row once, with the desktop copy of its title and place", () => {
    const doc = ownDocument('successfactors-search-style.html');
    const searchUrl = new URL('https://riverbend.jobs2web.com/search/?q=clerk');
    expect(successfactors.extractPosting(doc, searchUrl)).toBeNull();
    expect(successfactors.findCards(doc, searchUrl).map((c) => [c.id, c.title, c.location])).toEqual([
      ['880011', 'Payroll Clerk', 'Riverbend, OR, US'],
      ['880012', 'Bridge Inspector', 'Riverbend, OR, US'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { adapterFor } from '../../sites/registry';
import { successfactors } from '../../sites/successfactors';
import { collapse, hasShared, sharedDocument, sharedPages } from './helpers';

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

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { upwork } from '../../sites/upwork';
import { domFromHtml, hasShared, sharedDocument, sharedPages } from './helpers';

describe.skipIf(!hasShared)('upwork saved page: the job on screen only', () => {
  it("reads the client's lines, the '-' items without their dash, and the pay terms, not the similar jobs", () => {
    // Read inside the test: a skipped describe still runs its body, and without ../shared there is no page.
    const page = sharedPages('upwork')[0]!;
    const doc = sharedDocument(page);
    const result = extractPosting(doc, page.url, upwork);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting.sections.flatMap((s) => s.lines)).toEqual([
      'Just need a GO HIGHER LEVEL pro to help set up an account',
      'sms funnel',
      'work flow automations',
      'meta ads to go higher level',
      'thank you',
      'Hourly: Less than 30 hrs/week',
    ]);
    expect(result.posting.company).toBeNull();
    expect(upwork.extractPosting(doc, new URL(page.url))?.jobId).toBe('021836097417550972322');
    expect(upwork.titleAnchor(doc)?.textContent).toBe(page.title);
    expect(upwork.findCards(doc, new URL(page.url))).toEqual([]);
  });
});

describe('upwork (pay terms)', () => {
  it('reads a fixed-price budget', () => {
    const fixed = domFromHtml(`<div class="job-details-card"><h4><span class="flex-1">Logo design</span></h4>
      <div data-test="Description"><p>Design a logo for our bakery, three concepts and two rounds of changes.</p></div>
      <section data-test="Features"><ul><li><div data-cy="fixed-price"></div><div><strong>$150.00</strong></div><div class="description">Fixed-price</div></li></ul></section></div>`);
    const read = extractPosting(fixed, 'https://www.upwork.com/jobs/~021800000000000000003/', upwork);
    expect(read.ok && read.posting.sections.flatMap((s) => s.lines)).toContain('Fixed-price: $150.00');
  });
});

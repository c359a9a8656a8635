import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { upwork } from '../../sites/upwork';
import { describeBoard, describeOwnPages } from './board';
import { domFromHtml, hasShared, ownDocument, sharedDocument, sharedPages } from './helpers';

describeBoard('upwork', upwork, {
  'job-gohighlevel-crm-setup-life-insurance-loggedin.html: splits the text into sections':
    "the client's three-line brief has no headings: its lines make one untitled section",
});

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

const JOB = 'https://www.upwork.com/jobs/Bookkeeper-for-small-online-shop_~021800000000000000001/';

describeOwnPages(upwork, [
  {
    file: 'upwork-style.html',
    url: JOB,
    what: 'hourly job with a rate range, features and similar jobs: the location label, no company',
    source: 'site:upwork',
    posting: { title: 'Bookkeeper for a small online shop', company: null, location: 'United States' },
    jobId: '021800000000000000001',
  },
  {
    file: 'upwork-search-style.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=bookkeeping',
    what: 'search page: job tiles with the job number of their links',
    cards: [
      ['021800000000000000001', 'Bookkeeper for a small online shop', null, null],
      ['021800000000000000002', 'Year-end accounts clean-up', null, null],
    ],
  },
]);

describe('upwork (lines and pay terms)', () => {
  it('reads the brief line by line, then the pay terms as lines of their own', () => {
    const doc = ownDocument('upwork-style.html');
    const result = extractPosting(doc, JOB, upwork);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting.sections.flatMap((s) => s.lines)).toEqual([
      'We sell handmade candles online and need help keeping our books in order.',
      'reconcile Shopify and Stripe payouts every week',
      'categorize expenses in QuickBooks Online',
      'prepare a monthly profit and loss report',
      'Experience with QuickBooks Online is required.',
      'thanks!',
      'Hourly: Less than 30 hrs/week',
      'Hourly: $20.00-$35.00',
    ]);
    expect(result.posting.sections.map((s) => s.kind)).toContain('responsibilities');
    expect(doc.querySelector('[data-test="Description"]')?.textContent).not.toContain('Hourly');
  });

  it('reads a fixed-price budget', () => {
    const fixed = domFromHtml(`<div class="job-details-card"><h4><span class="flex-1">Logo design</span></h4>
      <div data-test="Description"><p>Design a logo for our bakery, three concepts and two rounds of changes.</p></div>
      <section data-test="Features"><ul><li><div data-cy="fixed-price"></div><div><strong>$150.00</strong></div><div class="description">Fixed-price</div></li></ul></section></div>`);
    const read = extractPosting(fixed, 'https://www.upwork.com/jobs/~021800000000000000003/', upwork);
    expect(read.ok && read.posting.sections.flatMap((s) => s.lines)).toContain('Fixed-price: $150.00');
  });

  it('names each tile\'s title element', () => {
    const cards = upwork.findCards(ownDocument('upwork-search-style.html'), new URL('https://www.upwork.com/nx/search/jobs/?q=bookkeeping'));
    expect(cards.map((c) => c.titleElement?.textContent)).toEqual(cards.map((c) => c.title));
  });
});

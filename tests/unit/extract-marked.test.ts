import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { markedDescription } from '../../engine/extract/marked';
import { readPage } from '../../engine/read';
import { domFromHtml } from '../sites/helpers';

const URL = 'https://gigs.example.net/jobs/crm-setup_~0123';

/** A gig page: its title in an <h4>, a short description of dashed fragments, and a similar job's longer one below. */
function gig(description: string, { title = 'Need a CRM expert to set up campaigns - Marketing', similar = true } = {}): Document {
  return domFromHtml(`<html><head><title>${title}</title></head><body>
    <header><nav><a href="/find-work">Find work</a><a href="/jobs/saved">Saved jobs</a></nav></header>
    <main><section class="job-details-card"><h4><span>Need a CRM expert to set up campaigns</span></h4><div>Hourly job · posted yesterday · open to freelancers worldwide</div>
      <div data-test="Description"><p>${description}</p></div>
      <ul class="features"><li><strong>Less than 30 hrs/week</strong><div class="description">Hourly</div></li><li>Intermediate experience level</li></ul>
      <h5>About the client</h5><p>United States · 7 jobs posted · member since 2019. Apply with a proposal and your availability.</p></section>
    ${similar ? `<section class="similar"><h4>Similar jobs</h4><div class="job-description">Chatbot expert for Instagram replies<br>-write the flows<br>-test every branch</div></section>` : ''}</main></body></html>`);
}

const FRAGMENTS = 'Just need a pro to help set up an account<br>-sms funnel<br>-work flow automations<br>-meta ads to the CRM<br>thank you';

describe('a short posting in the block the page marks as its description (engine/extract/marked.ts)', () => {
  it('reads the dashed fragments under the heading the page is titled by, not the similar job below', () => {
    const r = extractPosting(gig(FRAGMENTS), URL, null);
    if (!r.ok) throw new Error(r.reason);
    expect(r.posting.title).toBe('Need a CRM expert to set up campaigns');
    expect(r.posting.sections.flatMap((s) => s.lines)).toEqual(['Just need a pro to help set up an account', 'sms funnel', 'work flow automations', 'meta ads to the CRM', 'thank you']);
  });

  it('reads none from a marked description that lists nothing, one no heading titles, or one in a list of jobs', () => {
    const prose = 'We are a small team and would like some help with our marketing next month, thank you.';
    expect(markedDescription(gig(prose))).toBeNull();
    expect(analyzeDocument(gig(prose), URL, null)).toMatchObject({ kind: 'none', tasks: [] });
    // An article's summary lists sentences, not the parts of a job.
    const summary = 'The city council met on Monday.<br>- The budget for next year was approved by a wide margin.<br>- Two new parks will open in the spring.';
    expect(markedDescription(gig(summary))).toBeNull();
    expect(markedDescription(gig(FRAGMENTS, { title: 'Marketing gigs - Gigs' }))).toBeNull();
    const doc = gig(FRAGMENTS);
    expect(extractPosting(doc, URL, null, { cards: Array.from(doc.querySelectorAll('section')) }).ok).toBe(false);
  });
});

describe("a short posting in a list's job pane, titled by its card's title", () => {
  const card = (id: string, title: string) =>
    `<li><div class="job_seen_beacon"><h2 class="jobTitle"><a href="/rc/clk?jk=${id}">${title}</a></h2><span>Neosoft · Mumbai · Full-time · Easily apply</span></div></li>`;
  const page = (paneTitle: string) =>
    domFromHtml(`<html><head><title>Data Scientist jobs in Mumbai</title></head><body><h1>Data Scientist jobs</h1>
      <ul class="jobs">${card('1', 'Data Science')}${card('2', 'Data Scientist')}${card('3', 'ML Engineer')}</ul>
      <div class="pane"><div class="header"><h2>${paneTitle}<span class="visually-hidden"> - job post</span></h2><div><a href="/cmp/neosoft">Neosoft Technologies Pvt.Ltd</a></div></div>
      <div id="jobDescriptionText"><ul><li>Data Science / Data Engineering / ETL Developer (2-8 Years)</li><li>AI / ML Developer (2-8 Years)</li><li>Tech Lead - Data Science (5-10 Years)</li></ul></div></div></body></html>`);

  it('reads the pane under the heading that is a card title, with the employer beside it; the cards stay', () => {
    const r = readPage(page('Data Science'), 'https://board.example/jobs?q=data+scientist', null);
    expect(r).toMatchObject({ kind: 'posting', posting: { title: 'Data Science', company: 'Neosoft Technologies Pvt.Ltd' } });
    expect(r.cards.map((c) => c.title)).toEqual(['Data Science', 'Data Scientist', 'ML Engineer']);
  });

  it('reads no posting from a pane whose heading is no card of the list', () => {
    expect(readPage(page('Similar searches'), 'https://board.example/jobs?q=data+scientist', null)).toMatchObject({ kind: 'listing', posting: null });
  });
});

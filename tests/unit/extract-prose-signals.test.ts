import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { headingKind } from '../../engine/extract/headings';
import { domFromHtml } from '../sites/helpers';

// Job signals of a small employer's page that has no apply button in its text (markup set 162): a shift, a pay range,
// "What we offer", and a "What the job is" heading.
const page = (title: string, body: string): Document =>
  domFromHtml(`<html lang="en"><head><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`);
const URL = 'https://careers.small-employer.example/jobs/7';

describe('a prose posting with few of the usual job words', () => {
  it('reads a cook\'s third-person page ("…is hiring a Cook", "Our cooks prepare…", "Shifts are…") as a posting', () => {
    const doc = page('Cook', `<p>Sunrise Senior Living of Maple Grove is hiring a Cook for our resident dining room.</p>
      <p>Our cooks prepare breakfast and lunch from scratch for 80 residents, following menus and special diets set by our dietitian.</p>
      <p>They receive and put away food deliveries, rotate stock and keep temperature logs for the coolers.</p>
      <p>They keep the kitchen clean and inspection-ready at all times.</p><p>ServSafe certification is preferred.</p>
      <p>Shifts are 6am to 2:30pm, every other weekend.</p>`);
    expect(extractPosting(doc, URL, null).ok).toBe(true);
  });

  it('reads a page under "What the job is" with a pay range and "What we offer" as a posting; "What the job offers" heads no duties', () => {
    const doc = page('Customer Support Specialist', `<h3>Who we are</h3><p>Stackwise is a 12-person team building inventory software for independent bike shops.</p>
      <h3>What the job is</h3><p>You'll own our customer support inbox and live chat, answering questions about setup, billing and integrations.</p>
      <p>When something looks like a bug, you'll reproduce it and write it up for the engineers.</p>
      <p>You'll turn common questions into help-center articles and short video walkthroughs.</p>
      <h3>What we offer</h3><p>$58,000 - $66,000, fully remote in the US, and a new bike every two years.</p>`);
    expect(extractPosting(doc, URL, null).ok).toBe(true);
    expect(headingKind('What the job is')).toBe('responsibilities');
    expect(headingKind('What the job offers')).not.toBe('responsibilities');
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { linkedin } from '../../sites/linkedin';
import { adapterFor } from '../../sites/registry';
import { collapse, domFromHtml, hasShared, sharedDocument, sharedPages, usableUrl } from './helpers';

describe('linkedin cards', () => {
  it.skipIf(!hasShared)('name each card title element on the saved listings (the badge goes beside it)', () => {
    for (const page of sharedPages('linkedin').filter((p) => p.cards)) {
      const cards = linkedin.findCards(sharedDocument(page), usableUrl(page.url));
      expect(cards.length).toBeGreaterThan(0);
      for (const card of cards) expect(collapse(card.titleElement?.textContent)).toBe(card.title);
    }
  });
});

describe('linkedin title fallbacks', () => {
  const url = new URL('https://www.linkedin.com/jobs/view/4100000005/');
  it('skips the cookie-banner <h1> when the top card has no known class', () => {
    const doc = domFromHtml(`<html><head><title>Nurse | Care Co | LinkedIn</title></head><body>
      <div class="artdeco-global-alert--cookie_consent"><h1>LinkedIn respects your privacy</h1></div>
      <h1>Nurse</h1><div id="job-details"><p>Care for patients on the ward during night shifts.</p></div></body></html>`);
    expect(linkedin.extractPosting(doc, url)).toMatchObject({ jobId: '4100000005', title: 'Nurse', company: 'Care Co' });
  });
  it('gives no posting on a listing without a detail pane', () => {
    const doc = domFromHtml('<html><body><h1>3,000+ Data Engineer Jobs in New York</h1><ul></ul></body></html>');
    expect(linkedin.extractPosting(doc, new URL('https://www.linkedin.com/jobs/data-engineer-jobs-new-york'))).toBeNull();
    expect(linkedin.titleAnchor(doc)).toBeNull();
  });
});

describe('linkedin guest job-posting API fragment (description only)', () => {
  const url = 'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4100000009';

  it('is claimed by the adapter', () => expect(adapterFor(url)?.id).toBe('linkedin'));

  it.skipIf(!hasShared)('reads the saved fragment with an empty title: its prose names two roles and no labelled line', () => {
    const page = sharedPages('linkedin').find((p) => p.file === 'guest-description-fragment.html')!;
    const result = extractPosting(sharedDocument(page), url, adapterFor(url));
    expect(result.ok && result.source).toBe('site:linkedin');
    if (!result.ok) return;
    expect(result.posting.title).toBe('');
    expect(result.posting.sections.find((s) => s.heading === 'Key Responsibilities')?.kind).toBe('responsibilities');
  });
});

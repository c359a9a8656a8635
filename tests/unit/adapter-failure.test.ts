import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../engine/analyze';
import { extractPosting } from '../../engine/extract';
import { readPage } from '../../engine/read';
import { greenhouse } from '../../sites/greenhouse';
import { radancy } from '../../sites/radancy';
import { analyzeFile } from '../../cli/analyze';
import type { SiteAdapter } from '../../engine/adapter';
import { domFromHtml, FIXTURE_PAGES, ownDocument } from '../sites/helpers';

// An adapter whose board changed its layout: reading the posting, or finding the cards, throws.
const broken = (step: 'posting' | 'cards'): SiteAdapter => ({
  ...greenhouse,
  extractPosting: step === 'posting' ? () => { throw new TypeError("Cannot read properties of null (reading 'textContent')"); } : greenhouse.extractPosting,
  findCards: step === 'cards' ? () => { throw new Error('card list moved'); } : greenhouse.findCards,
});
const URL_ = 'https://job-boards.greenhouse.io/northwind/jobs/123';

const duty = 'Plan the weekly delivery routes for our drivers and check every route against the road closures published by the council.';
const plainPosting = `<html><body><header><a href="/">Jobs</a></header><h1>Route Planner</h1>
  <article>
    <h2>Responsibilities</h2>
    <ul>${[duty, 'Answer drivers’ questions by phone and radio during their shifts, and log every incident.', 'Keep the depot’s vehicle records up to date and order servicing when it is due.'].map((d) => `<li>${d}</li>`).join('\n')}</ul>
    <h2>Requirements</h2>
    <ul><li>Two years of experience in logistics or dispatch work.</li>
    <li>A full driving licence and good spoken English.</li></ul>
  </article></body></html>`;

afterEach(() => vi.restoreAllMocks());

describe('an adapter that throws is reported, and the other readers still read the page', () => {
  it('reports the failure and reads the JSON-LD posting instead', () => {
    const r = extractPosting(ownDocument('jsonld-posting.html'), URL_, broken('posting'));
    expect(r.adapterError).toEqual({ adapter: 'greenhouse', step: 'posting', message: "TypeError: Cannot read properties of null (reading 'textContent')" });
    expect(r.ok && r.source).toBe('json-ld');
    if (r.ok) expect(r.posting.title).toBe('Operations Coordinator');
  });

  it('reports the failure and reads the page with Readability when it carries no structured data', () => {
    const r = extractPosting(domFromHtml(plainPosting), URL_, broken('posting'));
    expect(r.adapterError?.adapter).toBe('greenhouse');
    expect(r.ok && r.source).toBe('readability');
    if (r.ok) expect(r.posting.sections.flatMap((s) => s.lines)).toContain(duty);
  });

  it('says the reader failed, not "no job here", when nothing else reads the page', () => {
    const r = extractPosting(domFromHtml('<html><body><p>Loading…</p></body></html>'), URL_, broken('posting'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toBe("the greenhouse reader failed: TypeError: Cannot read properties of null (reading 'textContent')");
  });

  it("reports a card finder's failure in the page read and in the analysis", () => {
    const doc = domFromHtml('<html><body><p>Loading…</p></body></html>');
    const read = readPage(doc, URL_, broken('cards'));
    expect(read.adapterError).toEqual({ adapter: 'greenhouse', step: 'cards', message: 'Error: card list moved' });
    expect(read.reason).toBe('the greenhouse reader failed: Error: card list moved');
    expect(analyzeDocument(doc, URL_, broken('cards')).adapterError?.step).toBe('cards');
  });

  it('carries the failure into the analysis next to the posting the other readers made', () => {
    const a = analyzeDocument(domFromHtml(plainPosting), URL_, broken('posting'));
    expect(a).toMatchObject({ kind: 'posting', source: 'readability', adapterError: { adapter: 'greenhouse', step: 'posting' } });
    expect(a.tasks.map((t) => t.text)).toContain(duty);
  });

  it('reports the failure of a platform known only by its markup (a career site on the company’s own domain)', () => {
    vi.spyOn(radancy, 'findCards').mockImplementation(() => {
      throw new Error('results list moved');
    });
    const a = analyzeFile(`${FIXTURE_PAGES}radancy-search-style.html`, 'https://jobs.lanternfish.example/en/search-jobs?k=analyst');
    expect(typeof a !== 'string' && a.adapterError).toEqual({ adapter: 'radancy', step: 'cards', message: 'Error: results list moved' });
  });

  it('reports nothing when the adapter works', () => {
    const a = analyzeDocument(ownDocument('greenhouse-style.html'), URL_, greenhouse);
    expect(a.adapterError).toBeUndefined();
  });
});

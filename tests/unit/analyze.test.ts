import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzePosting } from '../../engine/analyze';
import type { Posting } from '../../engine/types';
import { adapterFor } from '../../sites/registry';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

if (!hasShared) console.warn('analyze.test: ../shared/fixtures/pages not found; skipping saved-page tests');

function load(file: string | URL): Document {
  return parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
}

const posting: Posting = {
  title: 'Office Manager',
  company: 'Acme',
  location: 'Leeds',
  language: 'en',
  sections: [
    { heading: 'About us', kind: 'about', lines: ['We make anvils for coyotes everywhere.'] },
    { heading: 'Duties', kind: 'responsibilities', lines: ['Schedule meetings for the directors.', 'Supervise the reception staff.'] },
    { heading: 'Requirements', kind: 'requirements', lines: ['Two years of experience in office administration.'] },
  ],
};

describe('analyzePosting', () => {
  it('segments, classifies and summarises a posting', () => {
    const analysis = analyzePosting(posting, 'json-ld', 'https://acme.example/jobs/1');
    expect(analysis).toMatchObject({
      url: 'https://acme.example/jobs/1',
      kind: 'posting',
      source: 'json-ld',
      posting: { title: 'Office Manager', company: 'Acme', location: 'Leeds', language: 'en' },
      cards: [],
      skills: ['office-administration'],
    });
    expect(analysis.tasks.map((t) => [t.section, t.label])).toEqual([
      ['responsibilities', 'automatable'],
      ['responsibilities', 'human-led'],
      ['requirements', 'augmentable'],
    ]);
    expect(analysis.exposure?.counts).toEqual({ automatable: 1, augmentable: 1, 'human-led': 1 });
    expect(analysis.reason).toBeUndefined();
  });
});

describe('analyzeDocument', () => {
  it('reads our own saved posting without a site adapter', () => {
    const doc = load(new URL('../fixtures/tasks/posting-en.html', import.meta.url));
    const analysis = analyzeDocument(doc, 'https://careers.northwind.example/jobs/42', null);
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting?.title).toBe('Operations Coordinator');
    expect(analysis.tasks.length).toBeGreaterThanOrEqual(6);
    expect(analysis.tasks.some((t) => /holiday|pension/i.test(t.text))).toBe(false);
    const label = (start: string) => analysis.tasks.find((t) => t.text.startsWith(start))?.label;
    expect(label('Enter customer orders')).toBe('automatable');
    expect(label('Negotiate rates')).toBe('augmentable');
  });

  it('says why when a page holds no job', () => {
    const { document } = parseHTML('<html><body><h1>Our bakery</h1><p>Fresh bread daily.</p></body></html>');
    const analysis = analyzeDocument(document as unknown as Document, 'https://bakery.example/', null);
    expect(analysis).toMatchObject({ kind: 'none', posting: null, tasks: [], exposure: null });
    expect(analysis.reason).toBeTruthy();
  });

  it.skipIf(!hasShared)('reads the Sonatus posting on Greenhouse', () => {
    const url = 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007';
    const doc = load(`${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`);
    const analysis = analyzeDocument(doc, url, adapterFor(url));
    expect(analysis.kind).toBe('posting');
    expect(analysis.posting).toMatchObject({ title: 'Senior Staff AI Engineer', company: 'Sonatus' });
    expect(analysis.tasks.length).toBeGreaterThan(20);
    expect(analysis.tasks[0]?.text).toMatch(/^Lead the architecture and design of an extensible AI platform/);
    expect(analysis.exposure?.label).not.toBe('human-led');
  });

  it.skipIf(!hasShared)('lists the cards of a LinkedIn search page', () => {
    const url = 'https://www.linkedin.com/jobs/search/?keywords=engineer';
    const doc = load(`${SHARED_PAGES}linkedin/guest-search-cards-fragment-10.html`);
    const analysis = analyzeDocument(doc, url, adapterFor(url));
    expect(analysis.kind).toBe('listing');
    expect(analysis.cards).toHaveLength(10);
    // Each card carries its title prior (engine/cards.ts; see cards.test.ts).
    expect(analysis.cards[0]).toMatchObject({ title: 'Supply chain analyst', label: expect.any(String) });
  });
});

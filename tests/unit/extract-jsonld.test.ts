import { describe, expect, it } from 'vitest';
import { findJsonLdPostings, jsonLdPosting, matchesOnScreen } from '../../engine/extract/jsonld';
import { payLine } from '../../engine/extract/salary';
import { microdataPosting } from '../../engine/extract/microdata';
import { domFromHtml, hasShared, leafItems, ownDocument, sharedDocument } from '../sites/helpers';

const ld = (json: string): Document => domFromHtml(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);

describe('JSON-LD JobPosting', () => {
  it('finds a posting inside @graph, skipping malformed blocks', () => {
    const doc = ownDocument('jsonld-only.html');
    const [p, ...rest] = findJsonLdPostings(doc);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ title: 'Customer Support Specialist', company: 'Northwind Traders', location: 'Leeds, GB', identifier: '123' });
  });

  it('decodes entity-escaped HTML into a detached, sanitized element', () => {
    const doc = ownDocument('jsonld-only.html');
    const before = doc.body.innerHTML;
    const root = findJsonLdPostings(doc)[0]?.description;
    expect(root).toBeTruthy();
    if (!root) return;
    expect(leafItems(root)).toEqual(['Answer customer emails and chats', 'Log bugs for the product team', 'Friendly written English']);
    expect(root.querySelectorAll('script, img').length).toBe(0);
    expect(root.outerHTML).not.toMatch(/onerror|onclick|alert/);
    expect(root.ownerDocument).not.toBe(doc);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('reads top-level arrays and plain (unescaped) HTML', () => {
    const doc = ld('[{"@type":"Organization"},{"@type":"JobPosting","name":"Cook","description":"<ul><li>Prep vegetables</li></ul>"}]');
    const p = jsonLdPosting(doc, null);
    expect(p?.title).toBe('Cook');
    expect(p?.description && leafItems(p.description)).toEqual(['Prep vegetables']);
  });

  it('never throws on junk', () => {
    for (const junk of ['', '{', 'null', '42', '"JobPosting"', '[[[[]]]]', '{"@type":"JobPosting","title":{"a":[null]}}', '{"@graph":{"@graph":"x"}}']) {
      expect(() => findJsonLdPostings(ld(junk))).not.toThrow();
    }
  });

  it('a thousand JSON-LD blocks: reads the first hundred at most, and at most 51 postings', () => {
    const block = (i: number) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'JobPosting', title: `Posting ${i}`, description: '<p>x</p>' })}</script>`;
    const doc = domFromHtml(`<html><head>${Array.from({ length: 1_000 }, (_, i) => block(i)).join('')}</head><body></body></html>`);
    const found = findJsonLdPostings(doc);
    expect(found.length).toBe(51);
    expect(found[0]?.title).toBe('Posting 0');
  });

  it('only accepts the posting of the job on screen', () => {
    const p = { title: 'Data Analyst', company: null, location: null, url: 'https://x.example/jobs/view/4100000099/', identifier: null, description: null };
    expect(matchesOnScreen(p, { jobId: '4100000099', title: null }, 1)).toBe(true);
    expect(matchesOnScreen(p, { jobId: '41000000', title: null }, 1)).toBe(false);
    expect(matchesOnScreen(p, { jobId: '1', title: 'data  analyst' }, 1)).toBe(true);
    expect(matchesOnScreen(p, { jobId: '1', title: 'Forklift Driver' }, 1)).toBe(false);
    expect(matchesOnScreen(p, null, 1)).toBe(true);
    expect(matchesOnScreen(p, null, 2)).toBe(false);
  });
});

describe('JSON-LD baseSalary: the pay a board shows beside the description', () => {
  it('writes the range, the currency and the period, and nothing for a salary that names no figure', () => {
    expect(payLine({ '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 48000, maxValue: 52000, unitText: 'YEAR' } })).toBe('Pay: 48,000 – 52,000 USD per year');
    expect(payLine({ currency: 'GBP', value: { value: '12.5', unitText: 'HOUR' } })).toBe('Pay: 12.5 GBP per hour');
    expect(payLine({ currency: 'CNY', value: { minValue: 8000, maxValue: 8000, unitText: 'MONTH' } })).toBe('Pay: 8,000 CNY per month');
    expect(payLine({ value: 30000 })).toBe('Pay: 30,000');
    expect(payLine({ currency: 'EUR', value: { minValue: 40000, unitText: 'PIECE' } })).toBe('Pay: 40,000 EUR');
    for (const none of [null, 'competitive', [], { currency: 'USD' }, { currency: 'USD', value: { minValue: -1, maxValue: 'n/a' } }]) expect(payLine(none)).toBeNull();
  });

  it("adds the pay as the description's last line when the description names no sum of its own", () => {
    const salary = '"baseSalary":{"@type":"MonetaryAmount","currency":"USD","value":{"minValue":19,"maxValue":22,"unitText":"HOUR"}}';
    const blocks = (description: string): string[] =>
      Array.from(findJsonLdPostings(ld(`{"@type":"JobPosting","title":"Driver","description":"${description}",${salary}}`))[0]!.description!.children).map((el) => el.textContent ?? '');
    expect(blocks('<ul><li>Deliver furniture</li></ul>')).toEqual(['Deliver furniture', 'Pay: 19 – 22 USD per hour']);
    expect(blocks('<ul><li>Deliver furniture</li><li>$19-$22 an hour</li></ul>')).toEqual(['Deliver furniture$19-$22 an hour']);
  });
});

describe('microdata JobPosting', () => {
  it('reads itemprops of the posting scope, not of nested scopes', () => {
    const doc = domFromHtml(`<div itemscope itemtype="http://schema.org/JobPosting">
      <h1 itemprop="title">Night Nurse</h1>
      <div itemprop="hiringOrganization" itemscope itemtype="http://schema.org/Organization"><span itemprop="name">St Mary</span></div>
      <div itemprop="jobLocation" itemscope itemtype="http://schema.org/Place"><span itemprop="name">Ward 3</span></div>
      <div itemprop="description"><ul><li>Monitor patients overnight</li></ul></div></div>`);
    expect(microdataPosting(doc)).toMatchObject({ title: 'Night Nurse', company: 'St Mary', location: 'Ward 3' });
  });

  it.skipIf(!hasShared)('reads the SuccessFactors microdata page (company-careers)', () => {
    const doc = sharedDocument({ board: 'company-careers', file: 'state-of-illinois-executive-secretary-ii-successfactors-microdata.html' });
    const p = microdataPosting(doc);
    expect(p).toMatchObject({ title: 'EXECUTIVE SECRETARY II (UPWARD MOBILITY)', company: 'State of Illinois', location: 'Elgin, IL, US, 60123' });
    expect(p?.description?.querySelectorAll('li').length).toBe(34);
  });

  it.skipIf(!hasShared)('reads the Mercyhealth JSON-LD (company-careers)', () => {
    const doc = sharedDocument({ board: 'company-careers', file: 'mercyhealth-patient-access-lead-39494-rendered-jsonld.html' });
    const p = jsonLdPosting(doc, null);
    expect(p).toMatchObject({ title: 'Patient Access Lead', company: 'Mercyhealth', location: 'Rockford, Illinois' });
    expect(p?.description?.querySelectorAll('li').length).toBe(23);
  });
});

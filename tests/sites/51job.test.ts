import { describe, expect, it } from 'vitest';
import { job51 } from '../../sites/51job';
import { assignedJson } from '../../sites/lib/page-data';
import { domFromHtml, hasShared, sharedDocument } from './helpers';

describe('51job (page data)', () => {
  it('parses the embedded object without evaluating it, braces inside strings included', () => {
    const page = (script: string) => domFromHtml(`<html><body><script>${script}</script></body></html>`);
    expect(assignedJson(page('window.x = {"a":"}{\\"","b":{"c":1}}; y = 2'), 'x')).toEqual({ a: '}{"', b: { c: 1 } });
    expect(assignedJson(page('window.x = {"a":'), 'x')).toBeUndefined();
    expect(assignedJson(page('nothing here'), 'x')).toBeUndefined();
  });
});

describe.skipIf(!hasShared)('51job (saved pages, board specifics)', () => {
  it('names the company of a company page on each of its cards', () => {
    const doc = sharedDocument({ board: '51job', file: 'company-page-infosys.html' });
    const cards = job51.findCards(doc, new URL('https://jobs.51job.com/all/co2265273.html'));
    expect(new Set(cards.map((c) => c.company))).toEqual(new Set(['印孚瑟斯技术（中国）有限公司']));
  });

  it('decodes the GBK shell and reads its 50 JSON cards with companies', () => {
    const doc = sharedDocument({ board: '51job', file: 'search-gbk-json-rendered.html' });
    const cards = job51.findCards(doc, new URL('https://search.51job.com/list/000000,000000,0000,00,9,99,+,2,1.html'));
    expect(cards[0]).toMatchObject({ id: '120082369', company: '源资信息科技（上海）有限公司', location: '上海' });
  });
});

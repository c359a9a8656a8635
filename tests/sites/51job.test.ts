import { describe, expect, it } from 'vitest';
import { job51 } from '../../sites/51job';
import { assignedJson } from '../../sites/lib/page-data';
import { describeBoard, describeOwnPages } from './board';
import { domFromHtml, hasShared, ownDocument, sharedDocument } from './helpers';

describeBoard('51job', job51);

describeOwnPages(job51, [
  {
    file: '51job-style.html',
    url: 'https://search.51job.com/list/070300,000000,0000,00,9,99,%25BB%25E1%25BC%25C6,2,1.html',
    what: 'search shell: cards from window.__SEARCH_RESULT__',
    cards: [
      ['100000001', '总账会计', '示例制造（苏州）有限公司', '苏州-工业园区'],
      ['100000002', '出纳', '示例贸易', '苏州'],
    ],
  },
  {
    file: '51job-detail.html',
    url: 'https://jobs.51job.com/suzhou/100000001.html',
    what: 'job page, without its category tags and share links',
    source: 'site:51job',
    posting: { title: '总账会计', company: '示例制造（苏州）有限公司', location: '苏州-工业园区' },
    lines: {
      responsibilities: ['负责总账核算与月结；', '编制月度财务报表；', '配合年度审计与税务申报工作；'],
      requirements: ['会计相关专业本科；', '持有中级会计职称者优先；'],
    },
    hasNot: /职能类别|微信分享/,
  },
]);

describe('51job (page data)', () => {
  it('badges the results container for cards read from the search shell\'s data', () => {
    const cards = job51.findCards(ownDocument('51job-style.html'), new URL('https://search.51job.com/list/070300,000000,0000,00,9,99,+,2,1.html'));
    expect(cards.length).toBe(2);
    expect(cards.every((c) => c.element.id === 'app')).toBe(true);
  });

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

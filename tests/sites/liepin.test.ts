import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { liepin } from '../../sites/liepin';
import { describeBoard } from './board';
import { hasShared, ownDocument, sharedDocument } from './helpers';

const SEO = 'seo-listing-game-ui-designer.html';

describeBoard('liepin', liepin, {
  [`${SEO}: finds no posting on a listing`]:
    'the page is a current headhunter job page (job-apply-container + job-intro-content of job 38806387) with 14 recommended jobs below it',
});

describe('liepin (our fixture: current /job/<id>.shtml page)', () => {
  const url = 'https://www.liepin.com/job/1970000000.shtml';
  const doc = ownDocument('liepin-style.html');
  const result = extractPosting(doc, url, liepin);

  it('reads title, company (from <title>) and area', () => {
    expect(result.ok && result.source).toBe('site:liepin');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: '数据分析师', company: '示例零售', location: '上海-静安区', language: 'zh' });
    expect(liepin.extractPosting(doc, new URL(url))?.jobId).toBe('1970000000');
  });

  it('splits the pre-wrapped description at its newlines', () => {
    if (!result.ok) throw new Error(result.reason);
    const byKind = Object.fromEntries(result.posting.sections.map((s) => [s.kind, s.lines]));
    expect(byKind.responsibilities).toEqual(['搭建门店经营指标体系并定期复盘；', '用SQL和Python完成专题分析；']);
    expect(byKind.requirements).toEqual(['统计学或计算机相关专业本科及以上；', '3年以上数据分析经验']);
  });

  it('finds company and headhunter cards with distinct ids', () => {
    const cards = liepin.findCards(doc, new URL(url));
    expect(cards.map((c) => [c.id, c.title, c.company, c.location])).toEqual([
      ['1970000001', '商业分析师', '示例咖啡', '上海'],
      ['a30000002', '商业分析师', '某上海零售上市公司', '上海-徐汇区'],
    ]);
  });
});

describe.skipIf(!hasShared)('liepin (saved pages, board specifics)', () => {
  it('reads the headhunter job on the page saved as a listing, company unknown', () => {
    const doc = sharedDocument({ board: 'liepin', file: SEO });
    const result = extractPosting(doc, 'https://www.liepin.com/a/38806387.shtml', liepin);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting).toMatchObject({ title: '游戏UI设计师', company: null, location: '厦门-思明区' });
    expect(result.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([['responsibilities', 3], ['requirements', 4]]);
  });

  it('drops the stray share text and the hidden recommended jobs of the 2018 page', () => {
    const doc = sharedDocument({ board: 'liepin', file: 'detail-sanshen-real-estate-investment-2018.html' });
    const result = extractPosting(doc, 'https://www.liepin.com/job/21411028969.shtml', liepin);
    if (!result.ok) throw new Error(result.reason);
    const lines = result.posting.sections.flatMap((s) => s.lines);
    expect(lines).not.toContain('微信分享');
    expect(lines.at(-1)).toBe('品行端正，身体健康。');
    expect(JSON.stringify(result.posting)).not.toContain('相关推荐职位');
  });
});

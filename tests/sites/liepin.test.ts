import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { liepin } from '../../sites/liepin';
import { describeBoard, describeOwnPages } from './board';
import { hasShared, sharedDocument } from './helpers';

const SEO = 'seo-listing-game-ui-designer.html';

describeBoard('liepin', liepin, {
  [`${SEO}: finds no posting on a listing`]:
    'the page is a current headhunter job page (job-apply-container + job-intro-content of job 38806387) with 14 recommended jobs below it',
});

describeOwnPages(liepin, [
  {
    file: 'liepin-style.html',
    url: 'https://www.liepin.com/job/1970000000.shtml',
    what: 'current /job/<id>.shtml page: company from <title>, the pre-wrapped description split at its newlines',
    source: 'site:liepin',
    posting: { title: '数据分析师', company: '示例零售', location: '上海-静安区', language: 'zh' },
    lines: {
      responsibilities: ['搭建门店经营指标体系并定期复盘；', '用SQL和Python完成专题分析；'],
      requirements: ['统计学或计算机相关专业本科及以上；', '3年以上数据分析经验'],
    },
    jobId: '1970000000',
    cards: [
      ['1970000001', '商业分析师', '示例咖啡', '上海'],
      ['a30000002', '商业分析师', '某上海零售上市公司', '上海-徐汇区'],
    ],
  },
]);

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

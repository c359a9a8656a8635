import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { zhaopin } from '../../sites/zhaopin';
import { describeBoard } from './board';
import { hasShared, ownDocument, sharedDocument } from './helpers';

describeBoard('zhaopin', zhaopin);

describe('zhaopin (our fixture: job page with summary-plane)', () => {
  const url = 'https://jobs.zhaopin.com/CC000000001J40000000001.htm';
  const doc = ownDocument('zhaopin-style.html');
  const result = extractPosting(doc, url, zhaopin);

  it('reads title, company, city and job id', () => {
    expect(result.ok && result.source).toBe('site:zhaopin');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: '仓储主管', company: '示例物流有限公司', location: '杭州', language: 'zh' });
    expect(zhaopin.extractPosting(doc, new URL(url))?.jobId).toBe('CC000000001J40000000001');
  });

  it('sections the <br> lines', () => {
    if (!result.ok) throw new Error(result.reason);
    const byKind = Object.fromEntries(result.posting.sections.map((s) => [s.kind, s.lines]));
    expect(byKind.responsibilities).toEqual(['负责仓库收发货与库存盘点；', '带领10人班组完成每日出库计划；']);
    expect(byKind.requirements).toEqual(['3年以上仓储管理经验；', '熟悉WMS系统']);
  });
});

describe.skipIf(!hasShared)('zhaopin (saved pages, board specifics)', () => {
  it('reads campus (xiaoyuan) cards and the promoted card title without its 顶 link', () => {
    const doc = sharedDocument({ board: 'zhaopin', file: 'sou-shanghai-python-legacy.html' });
    const cards = zhaopin.findCards(doc, new URL('https://sou.zhaopin.com/jobs/searchresult.ashx'));
    expect(cards.find((c) => c.id === 'CC000936902J90000025000')?.title).toBe('Python开发工程师');
    expect(cards[0]).toMatchObject({ company: '皇室科技有限公司', location: '上海' });
  });
});

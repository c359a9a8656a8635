import { describe, expect, it } from 'vitest';
import { zhaopin } from '../../sites/zhaopin';
import { describeBoard, describeOwnPages } from './board';
import { hasShared, sharedDocument } from './helpers';

describeBoard('zhaopin', zhaopin);

describeOwnPages(zhaopin, [
  {
    file: 'zhaopin-style.html',
    url: 'https://jobs.zhaopin.com/CC000000001J40000000001.htm',
    what: 'job page with summary-plane, the description in <br> lines',
    source: 'site:zhaopin',
    posting: { title: '仓储主管', company: '示例物流有限公司', location: '杭州', language: 'zh' },
    lines: {
      responsibilities: ['负责仓库收发货与库存盘点；', '带领10人班组完成每日出库计划；'],
      requirements: ['3年以上仓储管理经验；', '熟悉WMS系统'],
    },
    jobId: 'CC000000001J40000000001',
  },
]);

describe.skipIf(!hasShared)('zhaopin (saved pages, board specifics)', () => {
  it('reads campus (xiaoyuan) cards and the promoted card title without its 顶 link', () => {
    const doc = sharedDocument({ board: 'zhaopin', file: 'sou-shanghai-python-legacy.html' });
    const cards = zhaopin.findCards(doc, new URL('https://sou.zhaopin.com/jobs/searchresult.ashx'));
    expect(cards.find((c) => c.id === 'CC000936902J90000025000')?.title).toBe('Python开发工程师');
    expect(cards[0]).toMatchObject({ company: '皇室科技有限公司', location: '上海' });
  });
});

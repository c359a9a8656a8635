import { describe, expect, it } from 'vitest';
import { zhaopin } from '../../sites/zhaopin';
import { hasShared, sharedDocument } from './helpers';

describe.skipIf(!hasShared)('zhaopin (saved pages, board specifics)', () => {
  it('reads campus (xiaoyuan) cards and the promoted card title without its 顶 link', () => {
    const doc = sharedDocument({ board: 'zhaopin', file: 'sou-shanghai-python-legacy.html' });
    const cards = zhaopin.findCards(doc, new URL('https://sou.zhaopin.com/jobs/searchresult.ashx'));
    expect(cards.find((c) => c.id === 'CC000936902J90000025000')?.title).toBe('Python开发工程师');
    expect(cards[0]).toMatchObject({ company: '皇室科技有限公司', location: '上海' });
  });
});

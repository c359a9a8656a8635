import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { zhipin } from '../../sites/zhipin';
import { describeBoard, describeOwnPages } from './board';
import { hasShared, ownDocument, sharedDocument } from './helpers';

describeBoard('zhipin', zhipin);

describeOwnPages(zhipin, [
  {
    file: 'zhipin-style.html',
    url: 'https://www.zhipin.com/web/geek/jobs?city=101210100',
    what: 'search page with its detail pane: the hidden decoy words dropped, the flattened numbered lines split',
    source: 'site:zhipin',
    posting: { title: '数据标注专员', company: '示例数据科技', location: '杭州', language: 'zh' },
    lines: {
      responsibilities: ['按规范完成图片与文本的数据标注', '抽检标注结果并记录问题', '2周内完成新人培训'],
      requirements: ['大专及以上学历', '做事细心，有耐心'],
    },
    hasNot: /kanzhun|BOSS直聘/,
    jobId: 'aaa111bbbTest1',
    anchor: '数据标注专员',
    cards: [
      ['aaa111bbbTest1', '数据标注专员', '示例数据科技', '杭州·西湖区·文三路'],
      ['ccc222dddTest2', '门店店长', '示例茶饮', '杭州·上城区'],
    ],
  },
]);

describe('zhipin (the live page)', () => {
  it('is left untouched (the engine reads a copy)', () => {
    const doc = ownDocument('zhipin-style.html');
    extractPosting(doc, 'https://www.zhipin.com/web/geek/jobs?city=101210100', zhipin);
    expect(doc.querySelector('.job-detail-box p.desc')?.textContent).toContain('kanzhun');
  });
});

describe.skipIf(!hasShared)('zhipin (saved pages, board specifics)', () => {
  it('keeps the company introduction and the 看过该职位的人还看了 list out of the posting', () => {
    const doc = sharedDocument({ board: 'zhipin', file: 'detail-jizhunfangzhong-autocad-dev.html' });
    const result = extractPosting(doc, 'https://www.zhipin.com/job_detail/4d1d046f6b9374291nV52dS0GVBY.html', zhipin);
    if (!result.ok) throw new Error(result.reason);
    const text = JSON.stringify(result.posting);
    expect(text).not.toContain('基准方中是致力于');
    expect(text).not.toContain('高精地图系统研发工程师');
    expect(result.posting.sections.map((s) => s.kind)).toEqual(['responsibilities', 'requirements', 'requirements', 'benefits']);
  });

  it('puts the unheaded first lines of the job page under 职位描述 (duties)', () => {
    const doc = sharedDocument({ board: 'zhipin', file: 'job-detail-h3c-test-dev.html' });
    const result = extractPosting(doc, 'https://www.zhipin.com/job_detail/80ad4bc27a5982f71nR909q-ElVR.html', zhipin);
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting.sections.map((s) => [s.kind, s.lines.length])).toEqual([['responsibilities', 3], ['requirements', 6]]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { zhipin } from '../../sites/zhipin';
import { describeBoard } from './board';
import { hasShared, ownDocument, sharedDocument } from './helpers';

describeBoard('zhipin', zhipin);

describe('zhipin (our fixture: search page with its detail pane)', () => {
  const url = 'https://www.zhipin.com/web/geek/jobs?city=101210100';
  const doc = ownDocument('zhipin-style.html');
  const result = extractPosting(doc, url, zhipin);

  it('reads the pane: title, company beside the recruiter, city, job id', () => {
    expect(result.ok && result.source).toBe('site:zhipin');
    if (!result.ok) return;
    expect(result.posting).toMatchObject({ title: '数据标注专员', company: '示例数据科技', location: '杭州', language: 'zh' });
    expect(zhipin.extractPosting(doc, new URL(url))?.jobId).toBe('aaa111bbbTest1');
  });

  it('drops the hidden decoy words and splits the flattened numbered lines', () => {
    if (!result.ok) throw new Error(result.reason);
    const byKind = Object.fromEntries(result.posting.sections.map((s) => [s.kind, s.lines]));
    expect(byKind.responsibilities).toEqual(['按规范完成图片与文本的数据标注', '抽检标注结果并记录问题', '2周内完成新人培训']);
    expect(byKind.requirements).toEqual(['大专及以上学历', '做事细心，有耐心']);
    expect(JSON.stringify(result.posting)).not.toMatch(/kanzhun|BOSS直聘/);
  });

  it('leaves the live page untouched (reads a copy)', () => {
    expect(doc.querySelector('.job-detail-box p.desc')?.textContent).toContain('kanzhun');
  });

  it('finds the cards with company and area', () => {
    const cards = zhipin.findCards(doc, new URL(url));
    expect(cards.map(({ id, title, company, location }) => ({ id, title, company, location }))).toEqual([
      { id: 'aaa111bbbTest1', title: '数据标注专员', company: '示例数据科技', location: '杭州·西湖区·文三路' },
      { id: 'ccc222dddTest2', title: '门店店长', company: '示例茶饮', location: '杭州·上城区' },
    ]);
    expect(zhipin.titleAnchor(doc)?.textContent).toBe('数据标注专员');
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

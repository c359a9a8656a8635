import { describe, expect, it } from 'vitest';
import { lagou } from '../../sites/lagou';
import { describeBoard, describeOwnPages } from './board';
import { ownDocument } from './helpers';

describeBoard('lagou', lagou);

describeOwnPages(lagou, [
  {
    file: 'lagou-style.html',
    url: 'https://www.lagou.com/jobs/7000001.html',
    what: 'legacy /jobs/<id>.html page: the position title, not the logo <h1> "拉勾网"; the company without its badge',
    source: 'site:lagou',
    posting: { title: '运营专员', company: '示例出行', location: '杭州' },
    lines: {
      responsibilities: ['负责用户社群的日常运营与活动策划；', '撰写每周运营数据报告；'],
      requirements: ['本科及以上学历', '有一年以上互联网运营经验'],
    },
    hasNot: /弹性工作|运营经理/,
    jobId: '7000001',
    anchor: '运营专员',
  },
]);

describe('lagou (company)', () => {
  it('falls back to the <title> for the company', () => {
    const doc = ownDocument('lagou-style.html');
    doc.querySelector('#job_company')?.remove();
    expect(lagou.extractPosting(doc, new URL('https://www.lagou.com/jobs/7000001.html'))?.company).toBe('示例出行');
  });
});

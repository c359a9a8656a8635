import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { lagou } from '../../sites/lagou';
import { describeBoard } from './board';
import { ownDocument } from './helpers';

describeBoard('lagou', lagou);

describe('lagou (our fixture: legacy /jobs/<id>.html page)', () => {
  const url = 'https://www.lagou.com/jobs/7000001.html';
  const doc = ownDocument('lagou-style.html');
  const result = extractPosting(doc, url, lagou);

  it('reads the position title, not the logo <h1> "拉勾网"', () => {
    expect(result.ok && result.source).toBe('site:lagou');
    if (!result.ok) return;
    expect(result.posting.title).toBe('运营专员');
    expect(lagou.titleAnchor(doc)?.textContent).toBe('运营专员');
  });

  it('reads the company without its badge and the city', () => {
    if (!result.ok) throw new Error(result.reason);
    expect(result.posting.company).toBe('示例出行');
    expect(result.posting.location).toBe('杭州');
    expect(lagou.extractPosting(doc, new URL(url))?.jobId).toBe('7000001');
  });

  it('sections the description and leaves the 职位诱惑 and similar jobs out', () => {
    if (!result.ok) throw new Error(result.reason);
    const byKind = Object.fromEntries(result.posting.sections.map((s) => [s.kind, s.lines]));
    expect(byKind.responsibilities).toEqual(['负责用户社群的日常运营与活动策划；', '撰写每周运营数据报告；']);
    expect(byKind.requirements).toEqual(['本科及以上学历', '有一年以上互联网运营经验']);
    expect(JSON.stringify(result.posting)).not.toMatch(/弹性工作|运营经理/);
  });

  it('falls back to the <title> for the company', () => {
    doc.querySelector('#job_company')?.remove();
    expect(lagou.extractPosting(doc, new URL(url))?.company).toBe('示例出行');
  });
});

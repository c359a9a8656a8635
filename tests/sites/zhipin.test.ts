import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { zhipin } from '../../sites/zhipin';
import { hasShared, sharedDocument } from './helpers';

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

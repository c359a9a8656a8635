import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../engine/extract';
import { liepin } from '../../sites/liepin';
import { hasShared, sharedDocument } from './helpers';

const SEO = 'seo-listing-game-ui-designer.html';

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

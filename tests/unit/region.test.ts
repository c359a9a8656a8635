import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../cli/analyze';
import { COURSES } from '../../engine/recommend/catalog';
import { coursesFor } from '../../engine/recommend/courses';
import { computeGap, type Gap } from '../../engine/recommend/gap';
import type { LocaleChoice } from '../../engine/language';
import { regionOf, REGIONS, type Region, type RegionChoice } from '../../engine/region';
import { getProfile, saveProfile } from '../../storage/profile';
import { parseProfileFile, serialiseProfileFile, toProfileFile } from '../../storage/profile-file';
import { PROFILE_ID } from '../../schemas/records';
import { decodeFromSync, encodeForSync } from '../../storage/sync-codec';
import { freshDbs } from '../fixtures/fresh-db';
import { hasShared, SHARED_PAGES } from '../sites/helpers';

const freshDb = freshDbs('region');

describe('regionOf', () => {
  // The region each [choice, language chosen, browser locale] stands for.
  const READS: Record<Region, [RegionChoice, LocaleChoice, string][]> = {
    cn: [['auto', 'zh_CN', 'en-US'], ['auto', 'auto', 'zh-CN'], ['auto', 'auto', 'zh'], ['auto', 'auto', 'zh-Hans'], ['auto', 'en', 'zh-CN'], ['cn', 'en', 'en-GB']],
    uk: [['uk', 'zh_CN', 'zh-CN'], ['auto', 'en', 'en-GB']],
    us: [['auto', 'auto', 'en_US']],
    other: [['auto', 'auto', 'zh-TW'], ['auto', 'auto', 'zh-Hant'], ['auto', 'auto', 'en'], ['auto', 'auto', 'de-AT'], ['auto', 'auto', 'es-419']],
  };
  const CASES = Object.entries(READS).flatMap(([region, reads]) => reads.map((read) => [...read, region] as const));
  it.each(CASES)("keeps a chosen region; automatic reads the language chosen, then the browser locale's country: %s, %s, %s → %s", (choice, language, locale, region) => {
    expect(regionOf(choice, language, locale)).toBe(region);
  });
});

describe('courses for a region', () => {
  it('leave out offers of use in another country only, and put the region\'s own first', () => {
    const tagged = COURSES.filter((c) => c.country);
    // China's first tagged offers were portal home pages (removed: a portal is not a course); its own now are course pages.
    expect(new Set(tagged.map((c) => c.country))).toEqual(new Set(['uk', 'us', 'cn']));
    for (const region of REGIONS)
      for (const skill of new Set(tagged.flatMap((c) => c.skills)))
        for (const link of coursesFor(skill, 'en', 3, region)) expect([undefined, region], `${region} ${skill} ${link.id}`).toContain(COURSES.find((c) => c.id === link.id)?.country);
    // A lorry licence: the UK's own page for the UK, the US one for the US, neither for China.
    expect(coursesFor('commercial-driving', 'en', 3, 'uk').map((c) => c.id)).toContain('gov-uk-lorry-bus-driver');
    expect(coursesFor('commercial-driving', 'en', 3, 'us').map((c) => c.id)).not.toContain('gov-uk-lorry-bus-driver');
    // First aid: the Red Cross of each country for its own.
    expect(coursesFor('first-aid', 'en', 3, 'us').map((c) => c.id)).toContain('redcross-us-classes');
    expect(coursesFor('first-aid', 'en', 3, 'us').map((c) => c.id)).not.toContain('redcross-uk-first-aid');
    expect(coursesFor('first-aid', 'en', 3, 'uk').map((c) => c.id)).not.toContain('redcross-us-classes');
    expect(coursesFor('commercial-driving', 'zh', 3, 'cn').every((c) => c.search)).toBe(true);
    // The electrician's licence course is China's own: offered in China, left out elsewhere.
    expect(coursesFor('industrial-electrician', 'zh', 3, 'cn').map((c) => c.id)).toContain('zyjnz-electrician-skills');
    expect(coursesFor('industrial-electrician', 'zh', 3, 'uk').map((c) => c.id)).not.toContain('zyjnz-electrician-skills');
    // No region known (the CLI without one): every offer, as before.
    expect(coursesFor('commercial-driving', 'en').map((c) => c.id)).toContain('gov-uk-lorry-bus-driver');
  });

  it('in mainland China, courses taught in Chinese come first even in the English UI', () => {
    expect(coursesFor('python', 'en', 3, 'cn').every((c) => c.language === 'zh')).toBe(true);
    expect(coursesFor('python', 'en', 3, 'us').every((c) => c.language === 'en')).toBe(true);
  });
});

const SONATUS = `${SHARED_PAGES}greenhouse/job-boards-sonatus-staff-ai-engineer.html`;

describe.skipIf(!hasShared)('the gap of a saved posting, by region', () => {
  // Read when a test runs, not when the file is collected: without ../shared the suite is skipped, not failed.
  let read: Exclude<ReturnType<typeof analyzeFile>, string> | undefined;
  const analysis = () => {
    if (read) return read;
    const got = analyzeFile(SONATUS, 'https://job-boards.greenhouse.io/sonatus/jobs/5071418007');
    if (typeof got === 'string') throw new Error(`cannot read ${SONATUS}: ${got}`);
    return (read = got);
  };
  const gap = (region?: Region): Gap['gap'] => computeGap(analysis(), { skills: [] }, 'en', region).gap;
  const country = (id: string) => COURSES.find((c) => c.id === id)?.country;

  it('ranks the courses for the person\'s region: Chinese ones first in China, no UK-only offer outside the UK', () => {
    const byRegion = Object.fromEntries(REGIONS.map((r) => [r, gap(r)])) as Record<Region, Gap['gap']>;
    // The same skills in the same order: only the courses change.
    for (const r of REGIONS) expect(byRegion[r].map((g) => g.id)).toEqual(gap().map((g) => g.id));
    const first = (r: Region) => byRegion[r].map((g) => g.courses[0]?.language);
    const zhFirst = (r: Region) => first(r).filter((l) => l === 'zh').length;
    console.log(`Sonatus, English UI: ${byRegion.cn.length} skills to learn; Chinese course first for ${REGIONS.map((r) => `${r} ${zhFirst(r)}`).join(', ')}`);
    // In China every skill that has a course taught in Chinese shows one first.
    const hasZh = (skill: string) => COURSES.some((c) => c.language === 'zh' && c.skills.includes(skill) && !c.audience && (!c.country || c.country === 'cn'));
    for (const g of byRegion.cn) if (hasZh(g.id)) expect(g.courses[0]?.language, g.id).toBe('zh');
    expect(zhFirst('cn')).toBeGreaterThan(zhFirst('us'));
    expect(zhFirst('us')).toBeLessThanOrEqual(1);
    expect(byRegion.cn.find((g) => g.id === 'python')?.courses[0]?.language).toBe('zh');
    expect(byRegion.us.find((g) => g.id === 'python')?.courses[0]?.language).toBe('en');
    const offers = (r: Region | undefined) => (r ? byRegion[r] : gap()).flatMap((g) => g.courses.map((c) => c.id)).filter((id) => country(id));
    // Before regions, the UK's Skills Bootcamps were offered to everyone reading this posting.
    expect(offers(undefined)).toContain('gov-uk-skills-bootcamps');
    expect(offers('uk')).toContain('gov-uk-skills-bootcamps');
    for (const r of ['cn', 'us', 'other'] as const) expect(offers(r)).toEqual([]);
  });
});

describe('a profile saved before there was a region', () => {
  it('loads from the database, reads as automatic and keeps a region once chosen', async () => {
    const db = freshDb();
    await db.profile.put({ id: PROFILE_ID, skills: [{ id: 'python', level: 'working', source: 'manual' }], targetRoles: [], language: 'zh_CN' });
    const old = await getProfile(db);
    expect(old.skills.map((s) => s.id)).toEqual(['python']);
    expect(old.region).toBeUndefined();
    expect(regionOf(old.region ?? 'auto', old.language, 'en-US')).toBe('cn');
    await saveProfile(db, { ...old, region: 'uk' });
    expect((await getProfile(db)).region).toBe('uk');
  });

  it('imports from a file without one; a file or a synced copy with one reads it back', () => {
    const file = '{"format":"skillshift-profile","version":1,"skills":[],"targetRoles":[],"language":"zh"}';
    const parsed = parseProfileFile(file);
    expect(parsed).toEqual({ ok: true, data: { skills: [], targetRoles: [], language: 'zh_CN' } });
    const profile = { skills: [], targetRoles: [], language: 'en' as const, region: 'us' as const };
    expect(parseProfileFile(serialiseProfileFile(toProfileFile(profile, 'en')))).toEqual({ ok: true, data: profile });
    expect(toProfileFile({ ...profile, region: 'auto' }, 'en')).not.toHaveProperty('region');
    expect(parseProfileFile(file.replace('"zh"}', '"zh","region":"mars"}')).ok).toBe(false);
    expect(decodeFromSync(encodeForSync(profile))).toEqual(profile);
    expect(decodeFromSync(encodeForSync({ ...profile, region: undefined }))?.region).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { COURSES } from '../../engine/recommend/catalog';
import { CourseSchema } from '../../engine/recommend/course-schema';

/** Sites whose whole host is one course, so the course page is the site's root (each address checked like the rest). */
const ONE_COURSE_SITES = new Set([
  'missing.csail.mit.edu', 'introtodeeplearning.com', 'cs229.stanford.edu', 'cs231n.stanford.edu', 'www.elementsofai.com',
  'buildingai.elementsofai.com', 'ethics-of-ai.mooc.fi', 'java-programming.mooc.fi', 'programming-24.mooc.fi',
  'cybersecuritybase.mooc.fi', 'course.fast.ai', 'd2l.ai', 'zh.d2l.ai', 'madewithml.com', 'www.theodinproject.com',
  'learngitbranching.js.org',
]);

const isHomePage = (url: URL) => (url.pathname === '/' || url.pathname === '') && !ONE_COURSE_SITES.has(url.hostname);
const SEARCH_KEYS = ['q', 'query', 'search', 'keyword', 'kw'];
const isSearch = (url: URL) =>
  SEARCH_KEYS.some((k) => url.searchParams.has(k)) || url.pathname.split('/').some((part) => /^(search|find-?a-course|findtraining)\b|finder$/i.test(part));

describe('course addresses', () => {
  it('every course records where its address was checked', () => {
    for (const c of COURSES) expect(c.checked, c.id).toMatch(/^(?:https:\/\/\S+|index:\d+)$/);
    const { checked: _, ...unchecked } = COURSES[0]!;
    expect(CourseSchema.safeParse(unchecked).success).toBe(false);
  });

  it('no course is a site home page or a search', () => {
    const bad = COURSES.filter((c) => isHomePage(new URL(c.url)) || isSearch(new URL(c.url))).map((c) => `${c.id} ${c.url}`);
    expect(bad).toEqual([]);
    // The rules do catch what was here before: portal home pages and searches.
    for (const url of ['https://www.smartedu.cn/', 'https://higher.smartedu.cn/', 'https://www.newjobs.com.cn', 'https://www.icourse163.org/search.htm?search=Python',
      'https://www.careeronestop.org/FindTraining/find-training.aspx', 'https://nationalcareers.service.gov.uk/find-a-course', 'https://www.apprenticeship.gov/apprenticeship-job-finder'])
      expect(isHomePage(new URL(url)) || isSearch(new URL(url)), url).toBe(true);
    expect(isSearch(new URL('https://www.deeplearning.ai/short-courses/large-language-models-semantic-search/'))).toBe(false);
  });

  it('Chinese courses come from the national platforms and MOOC sites as course pages', () => {
    const zh = COURSES.filter((c) => c.language === 'zh');
    const on = (host: string, path: RegExp) => zh.filter((c) => new URL(c.url).hostname === host && path.test(new URL(c.url).pathname));
    expect(on('www.icourse163.org', /^\/course\/[A-Z]+-\d+$/).length).toBeGreaterThanOrEqual(20);
    expect(on('higher.smartedu.cn', /^\/course\/[0-9a-f]{24}$/).length).toBeGreaterThanOrEqual(2);
    expect(on('www.xuetangx.com', /^\/course\/[A-Za-z0-9]+(?:\/\d+)?$/).length).toBeGreaterThanOrEqual(3);
  });
});

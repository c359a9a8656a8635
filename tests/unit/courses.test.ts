import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COURSE_FILES, COURSES } from '../../engine/recommend/catalog';
import { coursesFor, searchLinkFor } from '../../engine/recommend/courses';
import { skillById } from '../../engine/skills/taxonomy';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('course catalog', () => {
  it('loads every file in data/courses: ≥200 courses, https, unique ids, known skills', () => {
    expect(Object.keys(COURSE_FILES).sort()).toEqual(readdirSync(`${ROOT}data/courses`).filter((f) => f.endsWith('.json')).sort());
    expect(COURSES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(COURSES.map((c) => c.id)).size).toBe(COURSES.length);
    expect(new Set(COURSES.map((c) => c.url)).size).toBe(COURSES.length);
    for (const c of COURSES) {
      expect(new URL(c.url).protocol, c.id).toBe('https:');
      for (const id of c.skills) expect(skillById(id), `${c.id} → ${id}`).toBeDefined();
    }
    const byLang = { en: COURSES.filter((c) => c.language === 'en').length, zh: COURSES.filter((c) => c.language === 'zh').length };
    const providers = new Set(COURSES.map((c) => c.provider)).size;
    const covered = new Set(COURSES.flatMap((c) => c.skills)).size;
    console.log(`courses: ${COURSES.length}`, byLang, `free ${COURSES.filter((c) => c.free).length}, providers ${providers}, skills covered ${covered}`);
    expect(byLang.zh).toBeGreaterThanOrEqual(40);
  });
});

describe('coursesFor', () => {
  it('prefers the UI language, then free courses, at most three', () => {
    const zh = coursesFor('python', 'zh');
    expect(zh.length).toBe(3);
    expect(zh.every((c) => c.language === 'zh')).toBe(true);
    const en = coursesFor('python', 'en');
    expect(en.every((c) => c.language === 'en' && c.free)).toBe(true);
  });

  it('offers Chinese readers a course page in Chinese for test automation, not only a search', () => {
    const zh = coursesFor('test-automation', 'zh');
    expect(zh[0]).toMatchObject({ language: 'zh', url: expect.stringMatching(/^https:\/\/www\.icourse163\.org\/course\/[A-Z]+-\d+$/) });
  });

  it('falls back to a provider search link when nothing fits', () => {
    expect(coursesFor('cantonese', 'en')).toEqual([searchLinkFor('cantonese', 'en')]);
    expect(searchLinkFor('cantonese', 'en').url).toBe('https://www.coursera.org/search?query=Cantonese');
    expect(searchLinkFor('cantonese', 'zh').url).toBe(`https://www.icourse163.org/search.htm?search=${encodeURIComponent('粤语')}`);
  });

  it('adds a search in the UI language when only other-language courses exist', () => {
    const links = coursesFor('web-scraping', 'en');
    expect(links.some((l) => l.language === 'en')).toBe(true);
  });
});

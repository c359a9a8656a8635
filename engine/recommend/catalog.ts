import coursera from '../../data/courses/coursera.json';
import openUniversity from '../../data/courses/open-university.json';
import techPlatforms from '../../data/courses/tech-platforms.json';
import vocational from '../../data/courses/vocational.json';
import zh from '../../data/courses/zh.json';
import { skillById } from '../skills/taxonomy';
import { checkedData } from '../data-files';
import type { Course, CourseFile } from './course-schema';
import { pushTo } from '../group';

/** Every file in data/courses/, by file name (a test keeps this list and the folder in step). */
export const COURSE_FILES = {
  'coursera.json': coursera, 'open-university.json': openUniversity, 'tech-platforms.json': techPlatforms,
  'vocational.json': vocational, 'zh.json': zh,
} as const;

function load(): Course[] {
  const out: Course[] = [];
  const seen = new Set<string>();
  for (const [file, json] of Object.entries(COURSE_FILES)) {
    for (const course of checkedData<CourseFile>(json).courses) {
      if (seen.has(course.id)) throw new Error(`data/courses/${file}: duplicate course id ${course.id}`);
      const unknown = [...course.skills, ...(course.audience ?? [])].find((id) => !skillById(id));
      if (unknown) throw new Error(`data/courses/${file}: ${course.id} names unknown skill ${unknown}`);
      seen.add(course.id);
      out.push(course);
    }
  }
  return out;
}

export const COURSES: readonly Course[] = load();

const bySkill = new Map<string, Course[]>();
for (const course of COURSES) for (const id of course.skills) pushTo(bySkill, id, course);

export function coursesCovering(skillId: string): readonly Course[] {
  return bySkill.get(skillId) ?? [];
}

import type { CourseLink } from '../engine/recommend/courses';
import type { Translate } from './i18n';

interface Props {
  courses: CourseLink[];
  t: Translate;
  /** Course ids already in the learning list. */
  listed: ReadonlySet<string>;
  onAdd(course: CourseLink): void;
}

/** A provider's search: a way to look, not a course — no price, no place on the learning list. */
function SearchItem({ link, t }: { link: CourseLink; t: Translate }) {
  return (
    <li data-testid="course-search" data-course={link.id}>
      <a href={link.url} target="_blank" rel="noopener noreferrer" data-testid="course-search-link">
        {t('courseFind', [link.provider])}
      </a>
    </li>
  );
}

/** Courses for one skill: each opens in a new tab (a plain link, nothing fetched) and can go on the learning list. */
export function CourseList({ courses, t, listed, onAdd }: Props) {
  return (
    <ul class="courses">
      {courses.map((c) =>
        c.search ? (
          <SearchItem key={c.id} link={c} t={t} />
        ) : (
          <li key={c.id} data-testid="course" data-course={c.id}>
            <a href={c.url} target="_blank" rel="noopener noreferrer" data-testid="course-link">
              {c.title}
            </a>
            <span class="muted">
              {' · '}
              {c.provider} · {t(c.free ? 'courseFree' : 'coursePaid')} · {t(c.language === 'zh' ? 'courseLangZh' : 'courseLangEn')}
            </span>{' '}
            {listed.has(c.id) ? (
              <span class="muted" data-testid="course-listed">
                {t('courseAdded')}
              </span>
            ) : (
              <button type="button" class="link" data-testid="course-add" aria-label={t('courseAddNamed', [c.title])} onClick={() => onAdd(c)}>
                {t('courseAdd')}
              </button>
            )}
          </li>
        ),
      )}
    </ul>
  );
}

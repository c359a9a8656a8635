import type { CourseLink } from '../engine/recommend/courses';
import type { Gap } from '../engine/recommend/gap';
import { CourseList } from './CourseList';
import { LEVEL_KEYS } from './ProfileSkills';
import { namedIn } from './ProfileText';
import { percent, type Translate } from './i18n';
import type { Locale } from '../engine/language';

interface Props {
  gap: Gap;
  lang: Locale;
  t: Translate;
  listed: ReadonlySet<string>;
  onAddCourse(course: CourseLink, skillId: string): void;
  /** How long computing the gap took, shown to tests as an attribute. */
  computeMs?: number;
}

/** The skills to learn shown open, with their courses: the ones the first screen names; the rest fold away. */
export const GAP_SHOWN = 3;
/** The courses the open skills list together at most: more push the posting's duties off the second screen. */
export const OPEN_COURSES = 6;

/** How many skills to learn are shown open: up to GAP_SHOWN while their courses fit OPEN_COURSES; the first always. */
export function openCount(gap: readonly Pick<Gap['gap'][number], 'courses'>[]): number {
  let open = 0;
  let courses = 0;
  while (open < Math.min(GAP_SHOWN, gap.length) && (open === 0 || courses + gap[open]!.courses.length <= OPEN_COURSES)) courses += gap[open++]!.courses.length;
  return open;
}

/** For the posting in view: the skills the person has, and the ones to learn ranked, each with courses. */
export function GapView({ gap, lang, t, listed, onAddCourse, computeMs }: Props) {
  const name = namedIn(lang);
  const open = openCount(gap.gap);
  const item = (s: Gap['gap'][number]) => (
    <li key={s.id} data-testid="gap-skill" data-skill={s.id} data-score={s.score}>
      <strong>{name(s)}</strong>{' '}
      {s.under && (
        <span class="muted" data-testid="gap-under" data-skill={s.under.id}>
          {t(s.under.had ? 'gapUnderHad' : 'gapUnder', [name(s.under)])}{' '}
        </span>
      )}
      <span class="muted">{t('gapScore', [percent(s.coverage), percent(s.aiResilience)])}</span>
      <CourseList courses={s.courses} t={t} listed={listed} onAdd={(c) => onAddCourse(c, s.id)} />
    </li>
  );
  return (
    <section class="gap" data-testid="gap" data-compute-ms={computeMs?.toFixed(1)}>
      <h2>{t('matchHeading', [String(gap.match.length)])}</h2>
      {gap.match.length === 0 ? (
        <p class="muted">{t('matchEmpty')}</p>
      ) : (
        <ul class="match">
          {gap.match.map((s) => (
            <li key={s.id} data-testid="match-skill" data-skill={s.id}>
              {name(s)} <span class="muted">· {t(LEVEL_KEYS[s.level])}</span>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('gapHeading', [String(gap.gap.length)])}</h2>
      {gap.gap.length === 0 ? (
        <p class="muted">{t('gapEmpty')}</p>
      ) : (
        <>
          <ol class="gap-list">{gap.gap.slice(0, open).map(item)}</ol>
          {gap.gap.length > open && (
            <details class="more" data-testid="gap-more">
              <summary>{t('gapMore', [String(gap.gap.length - open)])}</summary>
              <ol class="gap-list" start={open + 1}>{gap.gap.slice(open).map(item)}</ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}

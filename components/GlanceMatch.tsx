import type { Gap } from '../engine/recommend/gap';
import type { Translate } from './i18n';
import { namedIn } from './ProfileText';
import type { Locale } from '../engine/language';

interface Props {
  gap: Gap;
  lang: Locale;
  t: Translate;
  /** The profile holds no skill yet: the next step is to add some. */
  emptyProfile: boolean;
  onOpenProfile(): void;
}

/** Top of the panel, for this person: how they match the posting, the first skills to learn and one next step. */
export function GlanceMatch({ gap, lang, t, emptyProfile, onOpenProfile }: Props) {
  const name = namedIn(lang);
  const named = gap.match.length + gap.gap.length;
  const first = gap.gap.slice(0, 3);
  const course = gap.gap.flatMap((s) => s.courses).find((c) => !c.search);
  return (
    <div class="glance__me" data-testid="glance-match">
      {emptyProfile ? (
        <p>{t('glanceNoProfile')}</p>
      ) : (
        <p data-testid="glance-have" data-have={gap.match.length} data-named={named}>
          {t('glanceHave', [String(gap.match.length), String(named)])}
        </p>
      )}
      {first.length > 0 && (
        <p data-testid="glance-learn">
          {t('glanceLearnFirst', [first.map((s) => name(s)).join(lang === 'zh_CN' ? '、' : ', ')])}
        </p>
      )}
      <p class="glance__next" data-testid="next-step">
        <strong>{t('glanceNext')}</strong>{' '}
        {emptyProfile || !course ? (
          <button type="button" class="link" data-testid="next-profile" onClick={onOpenProfile}>
            {t(emptyProfile ? 'glanceAddSkills' : 'glanceReviewProfile')}
          </button>
        ) : (
          <a href={course.url} target="_blank" rel="noopener noreferrer" data-testid="next-course">
            {t('glanceTakeCourse', [course.title, course.provider])}
          </a>
        )}
      </p>
    </div>
  );
}

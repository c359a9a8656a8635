import type { LearningItem } from '../messaging/protocol';
import type { Translate } from './i18n';
import { skillName } from './ProfileText';
import type { Locale } from '../engine/language';

interface Props {
  items: LearningItem[];
  lang: Locale;
  t: Translate;
  onDone(courseId: string): void;
  onRemove(courseId: string): void;
}

/** Courses the person chose; marking one done raises its skill in the profile (the background does that). */
export function LearningList({ items, lang, t, onDone, onRemove }: Props) {
  return (
    <section class="learning">
      <h2>{t('learningHeading')}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('learningEmpty')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.courseId} data-testid="learning-item" data-course={item.courseId} data-done={String(item.doneAt !== null)}>
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                {item.title}
              </a>
              <span class="muted">
                {' · '}
                {skillName(item.skillId, lang)} · {item.provider}
              </span>{' '}
              {item.doneAt === null ? (
                <button type="button" data-testid="learning-done" aria-label={t('learningMarkDoneNamed', [item.title])} onClick={() => onDone(item.courseId)}>
                  {t('learningMarkDone')}
                </button>
              ) : (
                <span class="done">{t('learningDone')}</span>
              )}{' '}
              <button type="button" class="link" data-testid="learning-remove" aria-label={t('actionRemoveNamed', [item.title])} onClick={() => onRemove(item.courseId)}>
                {t('actionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { SKILL_LEVELS, type SkillLevel } from '../engine/recommend/profile-schema';
import type { ProfileSkill } from '../messaging/protocol';
import type { MessageKey, Translate } from './i18n';
import { suggestSkills } from './ProfileSkillSearch';
import { skillById } from '../engine/skills/taxonomy';
import { namedIn, skillName } from './ProfileText';
import type { Locale } from '../engine/language';

export const LEVEL_KEYS: Record<SkillLevel, MessageKey> = { learning: 'levelLearning', working: 'levelWorking', expert: 'levelExpert' };

interface Props {
  skills: ProfileSkill[];
  lang: Locale;
  t: Translate;
  /** Gets a change, not a value: edits made faster than the panel re-renders must not undo each other. */
  onChange(update: (skills: ProfileSkill[]) => ProfileSkill[]): void;
}

function SkillSearch({ skills, lang, t, onChange }: Props) {
  const [query, setQuery] = useState('');
  const have = new Set(skills.map((s) => s.id));
  const suggestions = suggestSkills(query, 8, have);
  const add = (id: string) => {
    onChange((now) => (now.some((s) => s.id === id) ? now : [...now, { id, level: 'working', source: 'manual' }]));
    setQuery('');
  };
  return (
    <div class="skill-search">
      <label>
        {t('profileSearchLabel')}
        <input
          type="search"
          data-testid="skill-search"
          value={query}
          placeholder={t('profileSearchPlaceholder')}
          autocomplete="off"
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Enter' && suggestions[0] && add(suggestions[0].id)}
        />
      </label>
      {suggestions.length > 0 && (
        <ul class="suggestions" aria-label={t('profileSearchLabel')}>
          {suggestions.map((s) => (
            <li key={s.id}>
              <button type="button" data-testid="skill-suggestion" data-skill={s.id} onClick={() => add(s.id)}>
                {namedIn(lang)(s)}
                {s.alias && <span class="muted"> ({s.alias})</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The person's skills: add by search, set a level, remove. */
export function ProfileSkills(props: Props) {
  const { skills, lang, t, onChange } = props;
  const setLevel = (id: string, level: SkillLevel) => onChange((now) => now.map((s) => (s.id === id ? { ...s, level } : s)));
  return (
    <section class="profile-skills">
      <h2>{t('profileHeading')}</h2>
      <SkillSearch {...props} />
      {skills.length === 0 ? (
        <p class="muted">{t('profileNoSkills')}</p>
      ) : (
        <ul class="skill-list">
          {skills.map((s) => (
            <li key={s.id} data-testid="profile-skill" data-skill={s.id} data-level={s.level}>
              <span>{skillName(s.id, lang)}</span>
              {!skillById(s.id) && (
                <span class="muted" data-testid="own-skill">
                  {' '}
                  {t('profileOwnSkill')}
                </span>
              )}{' '}
              <select
                aria-label={t('profileLevelLabel', [skillName(s.id, lang)])}
                value={s.level}
                onChange={(e) => {
                  const level = SKILL_LEVELS.find((l) => l === e.currentTarget.value);
                  if (level) setLevel(s.id, level);
                }}
              >
                {SKILL_LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {t(LEVEL_KEYS[level])}
                  </option>
                ))}
              </select>{' '}
              <button type="button" data-testid="remove-skill" aria-label={t('actionRemoveNamed', [skillName(s.id, lang)])} onClick={() => onChange((now) => now.filter((x) => x.id !== s.id))}>
                {t('actionRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

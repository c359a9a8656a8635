import { useState } from 'preact/hooks';
import { extractProfileSkills, type SkillRef } from '../engine/recommend/gap';
import type { ProfileSkill } from '../messaging/protocol';
import type { Translate } from './i18n';
import { namedIn } from './ProfileText';
import type { Locale } from '../engine/language';

interface Props {
  skills: ProfileSkill[];
  lang: Locale;
  t: Translate;
  onChange(update: (skills: ProfileSkill[]) => ProfileSkill[]): void;
}

/** Pasted CV text → skills found in it → the person ticks which to keep. The text stays in this page. */
export function ProfileCv({ skills, lang, t, onChange }: Props) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<SkillRef[] | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const have = new Set(skills.map((s) => s.id));
  const find = () => {
    const fresh = extractProfileSkills(text).filter((s) => !have.has(s.id));
    setFound(fresh);
    setPicked(new Set(fresh.map((s) => s.id)));
  };
  const toggle = (id: string) => setPicked((p) => (p.has(id) ? new Set([...p].filter((x) => x !== id)) : new Set([...p, id])));
  const confirm = () => {
    const added = (found ?? []).filter((s) => picked.has(s.id)).map((s): ProfileSkill => ({ id: s.id, level: 'working', source: 'cv' }));
    onChange((now) => [...now, ...added.filter((a) => !now.some((s) => s.id === a.id))]);
    setFound(null);
    setText('');
  };
  return (
    <details class="profile-cv">
      <summary>{t('cvHeading')}</summary>
      <p class="muted">{t('cvHint')}</p>
      <textarea data-testid="cv-text" aria-label={t('cvTextLabel')} rows={5} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" data-testid="cv-find" disabled={!text.trim()} onClick={find}>
        {t('cvFind')}
      </button>
      {found && found.length === 0 && <p class="muted">{t('cvNone')}</p>}
      {found && found.length > 0 && (
        <fieldset>
          {found.map((s) => (
            <label key={s.id} class="check">
              <input type="checkbox" data-testid="cv-skill" data-skill={s.id} checked={picked.has(s.id)} onChange={() => toggle(s.id)} />
              {namedIn(lang)(s)}
            </label>
          ))}
          <button type="button" data-testid="cv-add" disabled={picked.size === 0} onClick={confirm}>
            {t('cvAdd')}
          </button>
        </fieldset>
      )}
    </details>
  );
}

import { ROLES } from '../engine/recommend/roles';
import type { Translate } from './i18n';
import { namedIn } from './ProfileText';
import type { Locale } from '../engine/language';

interface Props {
  targetRoles: string[];
  lang: Locale;
  t: Translate;
  onChange(update: (targetRoles: string[]) => string[]): void;
}

/** The roles the person aims for, ticked from the AI-era roles we know; ids we no longer know are kept. */
export function ProfileRoles({ targetRoles, lang, t, onChange }: Props) {
  const chosen = new Set(targetRoles);
  const toggle = (id: string) => onChange((now) => (now.includes(id) ? now.filter((r) => r !== id) : [...now, id]));
  return (
    <details class="profile-roles" open={targetRoles.length > 0}>
      <summary>
        {t('targetRolesHeading')} ({targetRoles.length})
      </summary>
      {ROLES.map((role) => (
        <label key={role.id} class="check">
          <input type="checkbox" data-testid="target-role" data-role={role.id} checked={chosen.has(role.id)} onChange={() => toggle(role.id)} />
          {namedIn(lang)(role)}
        </label>
      ))}
    </details>
  );
}

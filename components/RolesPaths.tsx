import type { CourseLink } from '../engine/recommend/courses';
import type { RoleMatch } from '../engine/recommend/roles';
import { CourseList } from './CourseList';
import { joinList, type Translate } from './i18n';
import { namedIn } from './ProfileText';
import type { Locale } from '../engine/language';

interface Props {
  roles: RoleMatch[];
  lang: Locale;
  t: Translate;
  listed: ReadonlySet<string>;
  onAddCourse(course: CourseLink, skillId: string): void;
}

/** Paths: the AI-era roles nearest to the profile, what each still needs, and courses for it. */
export function RolesPaths({ roles, lang, t, listed, onAddCourse }: Props) {
  const name = namedIn(lang);
  return (
    <section class="roles">
      <h2>{t('rolesHeading')}</h2>
      {roles.length === 0 && <p class="muted" data-testid="roles-empty">{t('rolesEmpty')}</p>}
      <ul>
        {roles.map((role) => (
          <li key={role.id} data-testid="role" data-role={role.id}>
            <strong>{name(role)}</strong>{' '}
            <span class="muted">{t('rolesCoverage', [String(role.have.length), String(role.have.length + role.missing.length)])}</span>
            {role.missing.length > 0 && (
              <details>
                <summary>{t('rolesMissing', [joinList(t, role.missing.map(name))])}</summary>
                {role.missing.map((skill) => (
                  <div key={skill.id} class="role-skill">
                    {name(skill)}
                    <CourseList courses={skill.courses} t={t} listed={listed} onAdd={(c) => onAddCourse(c, skill.id)} />
                  </div>
                ))}
              </details>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

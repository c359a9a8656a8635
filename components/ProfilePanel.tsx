import type { CourseLink } from '../engine/recommend/courses';
import type { RoleMatch } from '../engine/recommend/roles';
import { LOCALE_CHOICES, type LocaleChoice } from '../engine/language';
import type { LearningItem, Profile, SyncStatus } from '../messaging/protocol';
import type { MessageKey, Translate } from './i18n';
import { LearningList } from './LearningList';
import { ProfileCv } from './ProfileCv';
import { ProfileData } from './ProfileData';
import { ProfileRoles } from './ProfileRoles';
import { ProfileSkills } from './ProfileSkills';
import { RegionSelect } from './RegionSelect';
import { RolesPaths } from './RolesPaths';
import { SyncStatusLine } from './SyncStatusLine';
import type { Locale } from '../engine/language';

export interface ProfilePanelData {
  profile: Profile;
  learning: LearningItem[];
  roles: RoleMatch[];
  lang: Locale;
  /** How the profile's copy in browser sync stands (absent: not known yet). */
  sync?: SyncStatus | null;
  /** The browser's locale ("en-GB"), which an automatic region is read from (absent: the UI's). */
  browserLocale?: string;
}

export interface ProfilePanelActions {
  /** Applies `update` to the latest profile (not the one last rendered) and saves the result. */
  updateProfile(update: (profile: Profile) => Profile): void;
  exportProfile(): void;
  importProfile(text: string): Promise<string | null>;
  deleteMyData(): Promise<void>;
  addCourse(course: CourseLink, skillId: string): void;
  markDone(courseId: string): void;
  removeCourse(courseId: string): void;
}

const LANGUAGE_KEYS: Record<LocaleChoice, MessageKey> = { auto: 'languageAuto', en: 'languageEn', zh_CN: 'languageZh' };

/** The "Profile" tab: skills, CV, target roles, language, region, paths, learning list and the person's data. */
export function ProfilePanel({ data, actions, t }: { data: ProfilePanelData; actions: ProfilePanelActions; t: Translate }) {
  const { profile, learning, roles, lang, sync = null, browserLocale = lang.replace('_', '-') } = data;
  const { updateProfile } = actions;
  const listed = new Set(learning.map((item) => item.courseId));
  return (
    <div class="profile" data-testid="profile-panel">
      <ProfileSkills skills={profile.skills} lang={lang} t={t} onChange={(f) => updateProfile((p) => ({ ...p, skills: f(p.skills) }))} />
      <ProfileCv skills={profile.skills} lang={lang} t={t} onChange={(f) => updateProfile((p) => ({ ...p, skills: f(p.skills) }))} />
      <ProfileRoles targetRoles={profile.targetRoles} lang={lang} t={t} onChange={(f) => updateProfile((p) => ({ ...p, targetRoles: f(p.targetRoles) }))} />
      <label class="language">
        {t('languageLabel')}{' '}
        <select
          data-testid="profile-language"
          value={profile.language}
          onChange={(e) => {
            const language = LOCALE_CHOICES.find((l) => l === e.currentTarget.value);
            if (language) updateProfile((p) => ({ ...p, language }));
          }}
        >
          {LOCALE_CHOICES.map((l) => (
            <option key={l} value={l}>
              {t(LANGUAGE_KEYS[l])}
            </option>
          ))}
        </select>
      </label>
      <RegionSelect testid="profile-region" choice={profile.region} language={profile.language} browserLocale={browserLocale} t={t} onChange={(region) => updateProfile((p) => ({ ...p, region }))} />
      <RolesPaths roles={roles} lang={lang} t={t} listed={listed} onAddCourse={actions.addCourse} />
      <LearningList items={learning} lang={lang} t={t} onDone={actions.markDone} onRemove={actions.removeCourse} />
      <ProfileData t={t} onExport={actions.exportProfile} onImport={actions.importProfile} onDelete={actions.deleteMyData} />
      <SyncStatusLine sync={sync} t={t} />
    </div>
  );
}

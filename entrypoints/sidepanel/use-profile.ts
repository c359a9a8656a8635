import { useRef, useState } from 'preact/hooks';
import type { ProfilePanelActions } from '../../components/ProfilePanel';
import type { Locale } from '../../engine/language';
import { PROFILE_FILE_NAME, serialiseProfileFile, toProfileFile } from '../../storage/profile-file';
import { DEFAULT_PROFILE, type LearningItem, type Profile } from '../../storage/schemas';
import type { PanelConnector } from './connector';

export interface ProfileState {
  profile: Profile;
  learning: LearningItem[];
  error: string | null;
  /** Called by the loader with what the background holds now. */
  loaded(profile: Profile, learning: LearningItem[]): void;
  actions: ProfilePanelActions;
}

/** The profile and learning list the panel shows, and the actions that change them through the background. */
export function useProfile(connector: PanelConnector, uiLocale: Locale): ProfileState {
  const [profile, setShown] = useState<Profile>(DEFAULT_PROFILE);
  // The latest profile, ahead of rendering: two quick edits each build on the one before.
  const latest = useRef<Profile>(DEFAULT_PROFILE);
  const setProfile = (next: Profile) => {
    latest.current = next;
    setShown(next);
  };
  const [learning, setLearning] = useState<LearningItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<void>) =>
    work().then(
      () => setError(null),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  const actions: ProfilePanelActions = {
    updateProfile: (update) => {
      const next = update(latest.current);
      setProfile(next);
      void run(async () => void (await connector.saveProfile(next)));
    },
    exportProfile: () => connector.download(PROFILE_FILE_NAME, serialiseProfileFile(toProfileFile(latest.current, uiLocale))),
    async importProfile(text) {
      const result = await connector.importProfile(text);
      if (!result.ok) return result.error;
      setProfile(result.data);
      return null;
    },
    deleteMyData: () =>
      run(async () => {
        await connector.deleteMyData();
        setProfile(DEFAULT_PROFILE);
        setLearning([]);
      }),
    addCourse: ({ id, title, provider, url, language, free }, skillId) =>
      void run(async () =>
        setLearning(await connector.saveLearningItem({ courseId: id, skillId, title, provider, url, language, free, added: Date.now(), doneAt: null })),
      ),
    markDone: (courseId) =>
      void run(async () => {
        const { items, profile: raised } = await connector.markCourseDone(courseId);
        setLearning(items);
        setProfile(raised);
      }),
    removeCourse: (courseId) => void run(async () => setLearning(await connector.removeLearningItem(courseId))),
  };
  const loaded = (p: Profile, l: LearningItem[]) => (setProfile(p), setLearning(l));
  return { profile, learning, error, loaded, actions };
}

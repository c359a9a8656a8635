import { useRef, useState } from 'preact/hooks';
import type { ProfilePanelActions } from '../../components/ProfilePanel';
import type { Locale } from '../../engine/language';
import { ReplyError } from '../../messaging/client';
import { STORAGE_FAULTS, type StorageFault } from '../../schemas/faults';
import { PROFILE_FILE_NAME, serialiseProfileFile, toProfileFile } from '../../storage/profile-file';
import { DEFAULT_PROFILE, type LearningItem, type Profile } from '../../schemas/records';
import type { PanelConnector } from './connector';

/** The storage fault a failed reply names ("storage-full"), if any. */
export function faultOf(e: unknown): StorageFault | null {
  const code = e instanceof ReplyError ? e.code : undefined;
  return STORAGE_FAULTS.find((f) => code === `storage-${f}`) ?? null;
}

export interface ProfileState {
  profile: Profile;
  learning: LearningItem[];
  error: string | null;
  /** What is wrong with storage when the latest load or save failed on it. */
  fault: StorageFault | null;
  /** Called by the loader with what the background holds now. */
  loaded(profile: Profile, learning: LearningItem[]): void;
  /** Called by the loader when the profile could not be read. */
  failed(e: unknown): void;
  actions: ProfilePanelActions;
}

/** The profile and learning list the panel shows, and the actions that change them through the background. */
export function useProfile(connector: PanelConnector, uiLocale: Locale): ProfileState {
  const [profile, setShown] = useState<Profile>(DEFAULT_PROFILE);
  // The latest profile, ahead of rendering: two quick edits each build on the one before.
  const latest = useRef<Profile>(DEFAULT_PROFILE);
  // The profile as the background last confirmed it: what the panel goes back to when a save fails.
  const stored = useRef<Profile>(DEFAULT_PROFILE);
  const setProfile = (next: Profile, confirmed = true) => {
    latest.current = next;
    if (confirmed) stored.current = next;
    setShown(next);
  };
  const [learning, setLearning] = useState<LearningItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [fault, setFault] = useState<StorageFault | null>(null);
  const failed = (e: unknown) => {
    const f = faultOf(e);
    setFault(f);
    setError(f ? null : e instanceof Error ? e.message : String(e));
  };
  const run = (work: () => Promise<void>) =>
    work().then(() => {
      setError(null);
      setFault(null);
    }, failed);
  const actions: ProfilePanelActions = {
    updateProfile: (update) => {
      const next = update(latest.current);
      setProfile(next, false);
      void run(async () => {
        try {
          const saved = await connector.saveProfile(next);
          if (latest.current === next) setProfile(saved);
        } catch (e) {
          // Not saved: show the profile as it is stored, not an edit that was lost.
          if (latest.current === next) setProfile(stored.current);
          throw e;
        }
      });
    },
    exportProfile: () => connector.download(PROFILE_FILE_NAME, serialiseProfileFile(toProfileFile(latest.current, uiLocale))),
    async importProfile(text) {
      const result = await connector.importProfile(text);
      if (!result.ok) return result.error;
      setProfile(result.data);
      return null;
    },
    deleteMyData: async () => {
      try {
        await connector.deleteMyData();
      } catch (e) {
        failed(e);
        throw e;
      }
      setProfile(DEFAULT_PROFILE);
      setLearning([]);
      setError(null);
      setFault(null);
    },
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
  const loaded = (p: Profile, l: LearningItem[]) => {
    setProfile(p);
    setLearning(l);
    setFault(null);
  };
  return { profile, learning, error, fault, loaded, failed, actions };
}

import type { Handlers } from '../../messaging/handler';
import type { SkillShiftDb } from '../../storage/db';
import { listLearning, markCourseDone, removeLearningItem, saveLearningItem } from '../../storage/learning';
import { getProfile, saveProfile } from '../../storage/profile';
import { parseProfileFile } from '../../storage/profile-file';
import type { Profile } from '../../schemas/records';
import { deleteMyData } from '../../storage/wipe';
import type { ProfileMirror } from './profile-sync';
import { reanalyseAllTabs } from './reanalyse';

export interface ProfileDeps {
  db: SkillShiftDb;
  mirror: ProfileMirror;
  /** Settles once a synced profile was restored (or there was none), so nobody reads a blank profile first. */
  ready: Promise<unknown>;
}

/** The profile, the learning list and "delete my data": state only the background touches. */
export function profileHandlers({ db, mirror, ready }: ProfileDeps): Handlers {
  const saved = async (profile: Profile): Promise<Profile> => {
    mirror.save(profile);
    return profile;
  };
  return {
    'ui:getProfile': async () => (await ready, { profile: await getProfile(db) }),
    'ui:saveProfile': async ({ profile }) => {
      const before = JSON.stringify((await getProfile(db)).titleCorrections ?? []);
      const stored = await saved(await saveProfile(db, profile));
      // A title read as another occupation: every open job page reads its cards again.
      if (JSON.stringify(stored.titleCorrections ?? []) !== before) void reanalyseAllTabs().catch(() => undefined);
      return { profile: stored };
    },
    'ui:importProfile': async ({ text }) => {
      const parsed = parseProfileFile(text);
      if (!parsed.ok) throw new Error(parsed.error);
      return { profile: await saved(await saveProfile(db, parsed.data)) };
    },
    'ui:getLearningList': async () => ({ items: await listLearning(db) }),
    'ui:saveLearningItem': async ({ item }) => ({ items: await saveLearningItem(db, item) }),
    'ui:removeLearningItem': async ({ courseId }) => ({ items: await removeLearningItem(db, courseId) }),
    'ui:markCourseDone': async ({ courseId }) => {
      const { items, profile } = await markCourseDone(db, courseId);
      return { items, profile: await saved(profile) };
    },
    'ui:deleteMyData': async () => {
      await deleteMyData(db);
      await mirror.clear().catch(() => undefined);
      return {};
    },
  };
}

import '../shared/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundListener } from '../../messaging/handler';
import { extensionUrl } from '../shared/extension-api';
import { openDb, type SkillShiftDb } from '../../storage/db';
import { getProfile, hasProfile } from '../../storage/profile';
import { afterAnswer } from './after-answer';
import { setupAnySite } from './any-site';
import { backgroundEngine } from './engine';
import { setupFirstRun } from './first-run';
import { pageHandlers, storedHandlers } from './handlers';
import { openPanel } from './open-panel';
import { profileHandlers } from './profile-handlers';
import { restoreFromMirror, syncMirror, type ProfileMirror } from './profile-sync';
import { guarded, storageGuard } from './storage-guard';
import { setupTabEvents } from './tab-events';
import { createTabState } from './tab-state';
import { setupToolbar } from './toolbar';
import { setToolbarBadge } from './toolbar-badge';

export function main(db: SkillShiftDb = openDb(), mirror: ProfileMirror = syncMirror()): void {
  const tabs = createTabState();
  const guard = storageGuard(db);
  const ready = guard.run(async () => {
    const restored = await restoreFromMirror(db, mirror);
    // The worker may have stopped with saves not yet mirrored: bring the copy up to date (or learn when it was).
    if (await hasProfile(db)) mirror.save(await getProfile(db));
    return restored;
  }).catch(() => false);
  // The profile's handlers (profile-handlers.ts) live beside the page handlers; the background owns both.
  const engine = backgroundEngine(db, guard);
  const after = afterAnswer();
  const handlers = {
    ...pageHandlers({ db, guard, mirror, engine, tabs, after, openPanel, setBadge: setToolbarBadge }),
    ...guarded({ ...storedHandlers({ db, after }), ...profileHandlers({ db, mirror, ready }) }, guard),
  };
  browser.runtime.onMessage.addListener(backgroundListener(handlers, extensionUrl('/')));
  setupTabEvents(tabs, after);
  setupToolbar();
  setupFirstRun();
  setupAnySite();
  engine.warm();
}

export default defineBackground(() => main());

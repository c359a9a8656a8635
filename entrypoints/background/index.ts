import '../shared/zod-config';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { backgroundListener } from '../../messaging/handler';
import { extensionUrl } from '../shared/extension-api';
import { openDb, type SkillShiftDb } from '../../storage/db';
import { backgroundEngine } from './engine';
import { backgroundHandlers } from './handlers';
import { openPanel } from './open-panel';
import { profileHandlers } from './profile-handlers';
import { restoreFromMirror, syncMirror } from './profile-sync';
import { setupTabEvents } from './tab-events';
import { createTabState } from './tab-state';
import { setupToolbar } from './toolbar';
import { setToolbarBadge } from './toolbar-badge';

export function main(db: SkillShiftDb = openDb()): void {
  const tabs = createTabState();
  const mirror = syncMirror();
  const ready = restoreFromMirror(db, mirror).catch(() => false);
  // The profile's handlers (profile-handlers.ts) live beside the page handlers; the background owns both.
  const engine = backgroundEngine(db);
  const handlers = { ...backgroundHandlers({ db, engine, tabs, openPanel, setBadge: setToolbarBadge }), ...profileHandlers({ db, mirror, ready }) };
  browser.runtime.onMessage.addListener(backgroundListener(handlers, extensionUrl('/')));
  setupTabEvents(tabs);
  setupToolbar();
  engine.warm();
}

export default defineBackground(() => main());

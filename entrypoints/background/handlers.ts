import type { Analysis } from '../../engine/types';
import type { Handlers } from '../../messaging/handler';
import { broadcast, sendToTab } from '../../messaging/client';
import type { SkillShiftDb } from '../../storage/db';
import { historySize, listHistory, saveAnalysis } from '../../storage/analyses';
import { boundAnalysis } from '../../storage/bound';
import { HISTORY_LIMITS } from '../../schemas/limits';
import { getUserRules, saveUserRules } from '../../storage/user-rules';
import type { AfterAnswer } from './after-answer';
import { cardFigures, type BackgroundEngine } from './engine';
import { reanalyseAllTabs } from './reanalyse';
import type { Opened } from './open-panel';
import type { ProfileMirror } from './profile-sync';
import type { StorageGuard } from './storage-guard';
import type { TabState } from './tab-state';

export interface BackgroundDeps {
  db: SkillShiftDb;
  guard: StorageGuard;
  mirror: ProfileMirror;
  engine: BackgroundEngine;
  tabs: TabState;
  /** What follows an answer to the page (the tab's record, history, toolbar badge); readers wait for it. */
  after: AfterAnswer;
  openPanel(tabId: number): Promise<Opened>;
  setBadge(tabId: number, analysis: Analysis | null): Promise<void>;
}

/** Only postings we could read go into history; the tab keeps whatever it shows (also "unreadable"). */
const worthKeeping = (a: Analysis): boolean => a.kind === 'posting' && a.posting !== null && a.exposure !== null;

function senderTab(sender: { tab?: { id?: number } }): number {
  const id = sender.tab?.id;
  if (id === undefined) throw new Error('no sender tab');
  return id;
}

/** The page's messages: they work without IndexedDB (a full or missing database costs the history, not the badge). */
export function pageHandlers({ db, guard, mirror, engine, tabs, after, openPanel, setBadge }: BackgroundDeps): Handlers {
  return {
    // The page sends what it read; the engine runs here, off the page's main thread. The page's badge is answered as
    // soon as the analysis is made; storing it (a database write) and the toolbar badge follow.
    'content:posting': async ({ read }, sender) => {
      const tabId = senderTab(sender);
      const analysis = boundAnalysis(await engine.analyze(read));
      after.run(`keeping tab ${tabId}'s analysis`, async () => {
        await tabs.set(tabId, analysis);
        if (worthKeeping(analysis)) await guard.run(() => saveAnalysis(db, analysis)).catch(() => undefined);
        await setBadge(tabId, analysis);
        void broadcast({ type: 'bg:tabAnalysisChanged', tabId });
      });
      return { badge: analysis.exposure, cards: analysis.cards.map(cardFigures) };
    },
    'content:cards': async ({ cards }) => ({ cards: await engine.cards(cards) }),
    'content:openSidebar': async (_, sender) => ({ opened: await openPanel(senderTab(sender)) }),
    'ui:getTabAnalysis': async ({ tabId }) => {
      await after.settled();
      return { analysis: await tabs.get(tabId) };
    },
    // For a "read wrong" report: the tab's content script outlines the posting region; a tab without one has none.
    'ui:getPageOutline': async ({ tabId }) => {
      const answer = await sendToTab(tabId, { type: 'bg:outline' });
      return { outline: answer.ok ? answer.data.outline : null };
    },
    // Answers even when storage is broken: then with the fault, so the panel can say what is wrong.
    'ui:getStorageStatus': async () => {
      await after.settled();
      const size = await guard.run(() => historySize(db), false).catch(() => null);
      return { history: size && { ...size, maxPostings: HISTORY_LIMITS.postings, maxBytes: HISTORY_LIMITS.bytes }, fault: guard.fault(), sync: mirror.status() };
    },
  };
}

/** History and the user's rules: IndexedDB only (run through the storage guard). */
export function storedHandlers({ db, after }: Pick<BackgroundDeps, 'db' | 'after'>): Handlers {
  return {
    'ui:listHistory': async ({ limit, before }) => {
      await after.settled();
      return listHistory(db, limit, before);
    },
    'ui:getUserRules': async () => ({ userRules: await getUserRules(db) }),
    'ui:saveUserRules': async ({ userRules }) => {
      const saved = await saveUserRules(db, userRules);
      void reanalyseAllTabs().catch(() => undefined);
      return { userRules: saved };
    },
  };
}

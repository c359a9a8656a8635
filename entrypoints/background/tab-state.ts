import { browser } from 'wxt/browser';
import type { Analysis } from '../../engine/types';
import { AnalysisSchema } from '../../storage/schemas';

/** The analysis each tab shows now. Kept in storage.session so it survives the MV3 worker restarting. */
export interface TabState {
  get(tabId: number): Promise<Analysis | null>;
  set(tabId: number, analysis: Analysis): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;

export function memoryTabState(): TabState {
  const map = new Map<number, Analysis>();
  return {
    get: async (tabId) => map.get(tabId) ?? null,
    set: async (tabId, analysis) => void map.set(tabId, analysis),
    delete: async (tabId) => void map.delete(tabId),
  };
}

/** The part of a storage area we use (also what fakeBrowser provides). */
interface Area {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function sessionTabState(area: Area): TabState {
  return {
    async get(tabId) {
      const key = keyOf(tabId);
      const parsed = AnalysisSchema.safeParse((await area.get(key))[key]);
      return parsed.success ? parsed.data : null;
    },
    set: (tabId, analysis) => area.set({ [keyOf(tabId)]: analysis }),
    delete: (tabId) => area.remove(keyOf(tabId)),
  };
}

export function createTabState(): TabState {
  // Firefox before 115 has no storage.session.
  const area = browser.storage.session as Area | undefined;
  return area ? sessionTabState(area) : memoryTabState();
}

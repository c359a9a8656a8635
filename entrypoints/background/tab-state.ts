import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Analysis } from '../../engine/types';
import { boundAnalysis } from '../../storage/bound';
import { jsonBytes, SESSION_LIMITS } from '../../schemas/limits';
import { AnalysisSchema } from '../../schemas/records';

/** The analysis each tab shows now. Kept in storage.session so it survives the MV3 worker restarting. */
export interface TabState {
  get(tabId: number): Promise<Analysis | null>;
  set(tabId: number, analysis: Analysis): Promise<void>;
  delete(tabId: number): Promise<void>;
}

const keyOf = (tabId: number): string => `tab:${tabId}`;
const INDEX_KEY = 'tabs';
/** Per tab: the bytes its analysis takes and when it was stored. */
const IndexSchema = z.record(z.string(), z.object({ bytes: z.number(), at: z.number() }));
type Index = z.infer<typeof IndexSchema>;

export function memoryTabState(): TabState {
  const map = new Map<number, Analysis>();
  return {
    get: async (tabId) => map.get(tabId) ?? null,
    set: async (tabId, analysis) => void map.set(tabId, analysis),
    delete: async (tabId) => void map.delete(tabId),
  };
}

/** The part of a storage area we use (also what fakeBrowser provides). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

/**
 * Tabs share the session store fairly: each tab's analysis is bounded (storage/bound.ts), and when the tabs together
 * pass SESSION_LIMITS.bytes — or the browser refuses a write — the tabs stored longest ago give up their copy
 * first. A tab that still can't be stored keeps its analysis in memory, so its badge and panel still work.
 */
export function sessionTabState(area: SessionArea, budget: number = SESSION_LIMITS.bytes, now: () => number = Date.now): TabState {
  const inMemory = memoryTabState();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };
  const readIndex = async (): Promise<Index> => {
    const parsed = IndexSchema.safeParse((await area.get(INDEX_KEY))[INDEX_KEY]);
    return parsed.success ? parsed.data : {};
  };
  /** The tab other than `keep` stored longest ago, if any. */
  const oldest = (index: Index, keep: string): string | undefined =>
    Object.entries(index)
      .filter(([id]) => id !== keep)
      .sort((a, b) => a[1].at - b[1].at)[0]?.[0];
  const evict = async (index: Index, id: string) => {
    delete index[id];
    await area.remove(keyOf(Number(id)));
  };

  return {
    async get(tabId) {
      const held = await inMemory.get(tabId);
      if (held) return held;
      const key = keyOf(tabId);
      const parsed = AnalysisSchema.safeParse((await area.get(key))[key]);
      return parsed.success ? parsed.data : null;
    },
    set: (tabId, raw) =>
      serial(async () => {
        const analysis = boundAnalysis(raw);
        const id = String(tabId);
        const index = await readIndex();
        index[id] = { bytes: jsonBytes(analysis) + keyOf(tabId).length, at: now() };
        const total = () => Object.values(index).reduce((sum, e) => sum + e.bytes, 0) + jsonBytes(index);
        for (let other = oldest(index, id); total() > budget && other; other = oldest(index, id)) await evict(index, other);
        for (;;) {
          try {
            await area.set({ [keyOf(tabId)]: analysis, [INDEX_KEY]: index });
            await inMemory.delete(tabId);
            return;
          } catch {
            const other = oldest(index, id);
            if (!other) break;
            await evict(index, other);
          }
        }
        delete index[id];
        await inMemory.set(tabId, analysis);
        await Promise.all([area.remove(keyOf(tabId)), area.set({ [INDEX_KEY]: index })]).catch(() => undefined);
      }),
    delete: (tabId) =>
      serial(async () => {
        await inMemory.delete(tabId);
        const index = await readIndex();
        delete index[String(tabId)];
        await area.remove(keyOf(tabId));
        await area.set({ [INDEX_KEY]: index }).catch(() => undefined);
      }),
  };
}

export function createTabState(): TabState {
  // Firefox before 115 has no storage.session.
  const area = browser.storage.session as SessionArea | undefined;
  return area ? sessionTabState(area) : memoryTabState();
}

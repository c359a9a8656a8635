import { z } from 'zod';
import type { Analysis } from '../engine/types';
import { boundAnalysis } from './bound';
import type { SkillShiftDb } from './db';
import { HISTORY_LIMITS, jsonBytes } from '../schemas/limits';
import { AnalysisRowSchema, type AnalysisRow, type HistoryItem } from '../schemas/records';
import { getSetting } from './settings';

export function toRow(analysis: Analysis, analysedAt: number): AnalysisRow {
  const row = {
    url: analysis.url,
    analysedAt,
    title: analysis.posting?.title ?? '',
    company: analysis.posting?.company ?? null,
    exposure: analysis.exposure?.score ?? null,
    label: analysis.exposure?.label ?? null,
    bytes: 0,
    analysis,
  };
  return { ...row, bytes: jsonBytes(row) };
}

/** How many postings history dropped to stay within HISTORY_LIMITS, since the data was last deleted. */
export const DROPPED_KEY = 'historyDropped';
const Dropped = z.number().int().nonnegative();

/** Ids of the rows beyond the newest HISTORY_LIMITS.postings or HISTORY_LIMITS.bytes, read from the index only. */
async function overLimits(db: SkillShiftDb): Promise<number[]> {
  const drop: number[] = [];
  let kept = 0;
  let bytes = 0;
  await db.analyses
    .orderBy('[analysedAt+bytes]')
    .reverse()
    .eachKey((key, cursor) => {
      bytes += Array.isArray(key) ? Number(key[1]) : 0;
      if (++kept > HISTORY_LIMITS.postings || bytes > HISTORY_LIMITS.bytes) drop.push(cursor.primaryKey as number);
    });
  return drop;
}

/**
 * Insert or replace the analysis of `analysis.url` (cut to STORE_LIMITS) and drop the oldest postings beyond
 * HISTORY_LIMITS, all in one transaction; returns the row id.
 */
export async function saveAnalysis(db: SkillShiftDb, analysis: Analysis, now = Date.now()): Promise<number> {
  const row = AnalysisRowSchema.parse(toRow(boundAnalysis(analysis), now));
  return db.transaction('rw', db.analyses, db.settings, async () => {
    const existing = await db.analyses.where('url').equals(row.url).first();
    const id = await db.analyses.put(existing?.id === undefined ? row : { ...row, id: existing.id });
    if (id === undefined) throw new Error(`could not save ${row.url}`);
    const drop = await overLimits(db);
    if (drop.length > 0) {
      await db.analyses.bulkDelete(drop);
      const before = await getSetting(db, DROPPED_KEY, Dropped, 0);
      await db.settings.put({ key: DROPPED_KEY, value: before + drop.length });
    }
    return id;
  });
}

export interface HistoryPage {
  items: HistoryItem[];
  /** More, older postings after these (ask again with `before` = the last item's analysedAt). */
  more: boolean;
}

/** Most recent first, `limit` at a time, older than `before`; rows that no longer parse are left out. */
export async function listHistory(db: SkillShiftDb, limit = 20, before = Infinity): Promise<HistoryPage> {
  const rows = await db.analyses.where('analysedAt').below(before).reverse().limit(limit + 1).toArray();
  const items = rows.slice(0, limit).flatMap((raw) => {
    const parsed = AnalysisRowSchema.safeParse(raw);
    if (!parsed.success) return [];
    const { url, analysedAt, title, company, exposure, label } = parsed.data;
    return [{ url, analysedAt, title, company, exposure, label }];
  });
  return { items, more: rows.length > limit };
}

export interface HistorySize {
  postings: number;
  bytes: number;
  /** Postings dropped to stay within the limits. */
  dropped: number;
}

export async function historySize(db: SkillShiftDb): Promise<HistorySize> {
  let postings = 0;
  let bytes = 0;
  await db.analyses.orderBy('[analysedAt+bytes]').eachKey((key) => {
    postings++;
    bytes += Array.isArray(key) ? Number(key[1]) : 0;
  });
  return { postings, bytes, dropped: await getSetting(db, DROPPED_KEY, Dropped, 0) };
}

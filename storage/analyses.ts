import type { Analysis } from '../engine/types';
import type { SkillShiftDb } from './db';
import { AnalysisRowSchema, type AnalysisRow, type HistoryItem } from './schemas';

export function toRow(analysis: Analysis, analysedAt: number): AnalysisRow {
  return {
    url: analysis.url,
    analysedAt,
    title: analysis.posting?.title ?? '',
    company: analysis.posting?.company ?? null,
    exposure: analysis.exposure?.score ?? null,
    label: analysis.exposure?.label ?? null,
    analysis,
  };
}

/** Insert or replace the analysis of `analysis.url`; returns the row id. */
export async function saveAnalysis(db: SkillShiftDb, analysis: Analysis, now = Date.now()): Promise<number> {
  const row = AnalysisRowSchema.parse(toRow(analysis, now));
  return db.transaction('rw', db.analyses, async () => {
    const existing = await db.analyses.where('url').equals(row.url).first();
    const id = await db.analyses.put(existing?.id === undefined ? row : { ...row, id: existing.id });
    if (id === undefined) throw new Error(`could not save ${row.url}`);
    return id;
  });
}

/** Most recent first; rows that no longer parse are left out rather than breaking the list. */
export async function listHistory(db: SkillShiftDb, limit = 50): Promise<HistoryItem[]> {
  const rows = await db.analyses.orderBy('analysedAt').reverse().limit(limit).toArray();
  return rows.flatMap((raw) => {
    const parsed = AnalysisRowSchema.safeParse(raw);
    if (!parsed.success) return [];
    const { url, analysedAt, title, company, exposure, label } = parsed.data;
    return [{ url, analysedAt, title, company, exposure, label }];
  });
}

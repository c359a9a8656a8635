import type Dexie from 'dexie';

// Frozen here (schemas/limits.ts moves on): what v4 counts and keeps.
const encoder = new TextEncoder();
const rowBytes = (row: unknown): number => encoder.encode(JSON.stringify(row) ?? '').length;
const KEEP = { postings: 200, bytes: 4 * 1024 * 1024 };

/**
 * v4: history is bounded. Each row records its size (`bytes`) and the index `[analysedAt+bytes]` lets the
 * background add up the history's size walking keys only, never loading the analyses. Rows beyond the newest 200
 * or 4 MB, as older versions could pile them up (a page churning URLs and 1 MB titles), are dropped here.
 */
export function v4(db: Dexie): void {
  db.version(4)
    .stores({ analyses: '++id, &url, analysedAt, title, company, exposure, [analysedAt+bytes]' })
    .upgrade(async (tx) => {
      const table = tx.table('analyses');
      let kept = 0;
      let bytes = 0;
      const drop: unknown[] = [];
      await table
        .orderBy('analysedAt')
        .reverse()
        .modify((row: Record<string, unknown>) => {
          row.bytes = rowBytes({ ...row, bytes: 0 });
          bytes += row.bytes as number;
          if (++kept > KEEP.postings || bytes > KEEP.bytes) drop.push(row.id);
        });
      await table.bulkDelete(drop);
    });
}

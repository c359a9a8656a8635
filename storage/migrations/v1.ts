import type Dexie from 'dexie';

/** v1: first schema. Later versions add `vN.ts` with `.upgrade()` and keep this file unchanged. */
export function v1(db: Dexie): void {
  db.version(1).stores({
    analyses: '++id, &url, analysedAt, title, company, exposure',
    profile: 'id',
    settings: 'key',
  });
}

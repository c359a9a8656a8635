import Dexie from 'dexie';
import type { SkillShiftDb } from './db';

type Table = 'analyses' | 'profile' | 'settings' | 'learning';

/**
 * A value read from some of the database's tables, kept in memory until a write to one of them commits — in this
 * context, or in another (Dexie tells every context of the origin) — or the database is closed or deleted. A read
 * that fails is not kept; a read overtaken by a write is returned but not kept.
 */
export function keptRead<T>(db: SkillShiftDb, tables: readonly Table[], read: () => Promise<T>): () => Promise<T> {
  const parts = tables.map((table) => `idb://${db.name}/${table}/`);
  let kept: { value: T } | null = null;
  let writes = 0;
  const forget = () => {
    kept = null;
    writes++;
  };
  Dexie.on('storagemutated', (changed) => {
    if (Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix)))) forget();
  });
  db.on('versionchange', forget);
  db.on('close', forget);
  return async () => {
    if (kept) return kept.value;
    const before = writes;
    const value = await read();
    if (writes === before) kept = { value };
    return value;
  };
}

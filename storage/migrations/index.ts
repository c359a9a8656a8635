import type Dexie from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';

/** Every schema version in order; MIGRATIONS.length is the current version. */
export const MIGRATIONS: readonly ((db: Dexie) => void)[] = [v1, v2, v3, v4];
export const CURRENT_VERSION = MIGRATIONS.length;

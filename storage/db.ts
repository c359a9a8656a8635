import Dexie, { type EntityTable } from 'dexie';
import type { AnalysisRow, ProfileRow, SettingRow } from './schemas';
import { v1 } from './migrations/v1';

export const DB_NAME = 'skillshift';

// `declare` (not `!`) so class-field semantics don't overwrite the tables Dexie sets up.
export class SkillShiftDb extends Dexie {
  declare analyses: EntityTable<AnalysisRow, 'id'>;
  declare profile: EntityTable<ProfileRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DB_NAME) {
    super(name);
    v1(this);
  }
}

export function openDb(name: string = DB_NAME): SkillShiftDb {
  return new SkillShiftDb(name);
}

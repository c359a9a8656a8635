import Dexie, { type EntityTable } from 'dexie';
import type { AnalysisRow, LearningItem, ProfileRow, SettingRow } from './schemas';
import { MIGRATIONS } from './migrations/index';

export const DB_NAME = 'skillshift';

// `declare` (not `!`) so class-field semantics don't overwrite the tables Dexie sets up.
export class SkillShiftDb extends Dexie {
  declare analyses: EntityTable<AnalysisRow, 'id'>;
  declare profile: EntityTable<ProfileRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare learning: EntityTable<LearningItem, 'courseId'>;

  constructor(name: string = DB_NAME) {
    super(name);
    for (const migrate of MIGRATIONS) migrate(this);
  }
}

export function openDb(name: string = DB_NAME): SkillShiftDb {
  return new SkillShiftDb(name);
}

import Dexie, { type EntityTable } from 'dexie';
import type { AnalysisRow, LearningItem, ProfileRow, SettingRow } from '../schemas/records';
import { CURRENT_VERSION, MIGRATIONS } from './migrations/index';
import { asFault, StorageFaultError } from '../schemas/faults';

export const DB_NAME = 'skillshift';

// `declare` (not `!`) so class-field semantics don't overwrite the tables Dexie sets up.
export class SkillShiftDb extends Dexie {
  declare analyses: EntityTable<AnalysisRow, 'id'>;
  declare profile: EntityTable<ProfileRow, 'id'>;
  declare settings: EntityTable<SettingRow, 'key'>;
  declare learning: EntityTable<LearningItem, 'courseId'>;
  /** Set while an upgrade waits for an older connection (another SkillShift page or worker) to close. */
  private blocked = false;
  private whenBlocked = new Set<() => void>();
  private readonly factory: IDBFactory | undefined;

  constructor(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.factory = (options?.indexedDB as IDBFactory | undefined) ?? globalThis.indexedDB;
    for (const migrate of MIGRATIONS) migrate(this);
    this.on('blocked', () => {
      this.blocked = true;
      for (const tell of this.whenBlocked) tell();
    });
    this.on('ready', () => void (this.blocked = false));
  }

  /**
   * Opens the database, or rejects at once with a StorageFaultError saying why it can't be used now (unavailable,
   * from a newer SkillShift, upgrade blocked) instead of leaving the caller waiting on a blocked upgrade.
   */
  async ready(): Promise<void> {
    if (this.isOpen()) return;
    // Dexie 4 would open a newer version's database and even add its own tables to it: look before opening.
    const installed = await this.installedVersion().catch((e: unknown) => Promise.reject(asFault(e)));
    if (installed > CURRENT_VERSION) throw new StorageFaultError('newer', `the database is at version ${installed}, this SkillShift knows ${CURRENT_VERSION}`);
    const opening = this.open().then(
      () => undefined,
      (e: unknown) => Promise.reject(asFault(e)),
    );
    let tell = () => {};
    const blocked = new Promise<never>((_, reject) => {
      tell = () => reject(new StorageFaultError('blocked', 'another SkillShift page holds an older version open'));
      if (this.blocked) tell();
      else this.whenBlocked.add(tell);
    });
    try {
      await Promise.race([opening, blocked]);
    } finally {
      this.whenBlocked.delete(tell);
    }
  }

  /** The version of this database as Dexie numbers them (0 when there is none yet, or the browser can't list them). */
  private async installedVersion(): Promise<number> {
    const list = await this.factory?.databases?.();
    const found = list?.find((d) => d.name === this.name);
    return (found?.version ?? 0) / 10;
  }
}

export function openDb(name: string = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]): SkillShiftDb {
  return new SkillShiftDb(name, options);
}

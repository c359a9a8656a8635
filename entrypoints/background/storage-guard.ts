import type { Handlers } from '../../messaging/handler';
import type { SkillShiftDb } from '../../storage/db';
import { asFault, StorageFaultError, type StorageFault } from '../../schemas/faults';

/** Runs storage work once the database can be used, turning its failures into StorageFaultErrors it remembers. */
export interface StorageGuard {
  /** A read that goes through clears any fault but "full", which only a write that goes through clears. */
  run<T>(work: () => Promise<T>, writes?: boolean): Promise<T>;
  /** The fault of the latest storage work, or null when it went through. */
  fault(): StorageFault | null;
}

export function storageGuard(db: SkillShiftDb): StorageGuard {
  let last: StorageFault | null = null;
  return {
    async run(work, writes = true) {
      try {
        await db.ready();
        const out = await work();
        if (writes || last !== 'full') last = null;
        return out;
      } catch (e) {
        const error = asFault(e);
        if (error instanceof StorageFaultError) last = error.fault;
        throw error;
      }
    },
    fault: () => last,
  };
}

const WRITES = /^ui:(save|import|remove|markCourse|delete)/;

/** Every handler in `handlers` run through the guard: a broken database answers with its fault, never hangs. */
export function guarded(handlers: Handlers, guard: StorageGuard): Handlers {
  const out: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [string, (m: never, s: never) => unknown][]) {
    out[type] = (message: never, sender: never) => guard.run(async () => handler(message, sender), WRITES.test(type));
  }
  return out as Handlers;
}

/** What can go wrong with IndexedDB that a person can act on; each has its own message in the panel. */
export const STORAGE_FAULTS = ['unavailable', 'full', 'newer', 'blocked'] as const;
export type StorageFault = (typeof STORAGE_FAULTS)[number];

/** A storage failure with the fault it is; `code` travels with the error reply ("storage-full"). */
export class StorageFaultError extends Error {
  readonly code: `storage-${StorageFault}`;
  constructor(
    readonly fault: StorageFault,
    detail: string,
  ) {
    super(`storage ${fault}: ${detail}`);
    this.name = 'StorageFaultError';
    this.code = `storage-${fault}`;
  }
}

const BY_NAME: Record<string, StorageFault> = {
  QuotaExceededError: 'full',
  VersionError: 'newer',
  OpenFailedError: 'unavailable',
  MissingAPIError: 'unavailable',
  DatabaseClosedError: 'unavailable',
  InvalidStateError: 'unavailable',
  UnknownError: 'unavailable',
  InvalidAccessError: 'unavailable',
};

/** The fault behind `e` (Dexie wraps the browser's DOMException in `inner`), or null when it is no storage fault. */
export function faultOf(e: unknown): StorageFault | null {
  for (let cause = e, depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
    if (cause instanceof StorageFaultError) return cause.fault;
    const name = 'name' in cause ? String(cause.name) : '';
    const inner = 'inner' in cause ? cause.inner : 'cause' in cause ? cause.cause : undefined;
    // Dexie reports an aborted transaction as AbortError with the reason inside; look there first.
    const deeper = inner ? faultOf(inner) : null;
    if (deeper) return deeper;
    if (name in BY_NAME) return BY_NAME[name]!;
    cause = inner;
  }
  return null;
}

/** `e` as a StorageFaultError when it is a storage fault, else `e` unchanged. */
export function asFault(e: unknown): unknown {
  const fault = faultOf(e);
  if (!fault || e instanceof StorageFaultError) return e;
  return new StorageFaultError(fault, e instanceof Error ? e.message : String(e));
}

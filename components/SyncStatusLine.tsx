import type { SyncStatus } from '../messaging/protocol';
import type { Translate } from './i18n';

const kb = (bytes: number): string => String(Math.ceil(bytes / 1024));

/** How the profile's copy in browser sync stands, said plainly when it is behind, too big or refused. */
export function SyncStatusLine({ sync, t }: { sync: SyncStatus | null; t: Translate }) {
  if (!sync || sync.state === 'off') return null;
  const when = sync.lastSynced === null ? t('syncNever') : new Date(sync.lastSynced).toLocaleString();
  const text =
    sync.state === 'synced'
      ? t('syncSynced', [when])
      : sync.state === 'pending'
        ? t('syncPending', [when])
        : sync.state === 'too-big'
          ? t('syncTooBig', [kb(sync.limit), kb(sync.bytes), when])
          : t('syncFailed', [sync.error ?? '', when]);
  return (
    <p class={sync.state === 'synced' ? 'muted' : 'sync-warning'} data-testid="sync-status" data-state={sync.state} role={sync.state === 'synced' ? undefined : 'status'}>
      {text}
    </p>
  );
}

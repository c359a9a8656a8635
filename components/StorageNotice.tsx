import type { StorageFault } from '../messaging/protocol';
import type { MessageKey, Translate } from './i18n';

const KEYS: Record<StorageFault, MessageKey> = {
  unavailable: 'storageUnavailable',
  full: 'storageFull',
  newer: 'storageNewer',
  blocked: 'storageBlocked',
};

/** What is wrong with SkillShift's storage, in words a person can act on (never the browser's own error). */
export function StorageNotice({ fault, t }: { fault: StorageFault | null | undefined; t: Translate }) {
  if (!fault) return null;
  return (
    <p role="alert" class="storage-notice" data-testid="storage-fault" data-fault={fault}>
      {t(KEYS[fault])}
    </p>
  );
}

import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

/** "Delete my data", asking once to be sure; `onDone` hears it went through (`onDelete` rejects when it didn't). */
export function DeleteMyData({ t, onDelete, onDone }: { t: Translate; onDelete(): Promise<void>; onDone(): void }) {
  const [confirming, setConfirming] = useState(false);
  const wipe = async () => {
    setConfirming(false);
    // A refusal is shown by whoever passed onDelete (the reason, e.g. storage unavailable).
    await onDelete().then(onDone, () => undefined);
  };
  return confirming ? (
    <span role="alertdialog" aria-labelledby="delete-confirm-text">
      <span id="delete-confirm-text">{t('deleteConfirm')}</span>{' '}
      <button type="button" data-testid="delete-data-confirm" onClick={() => void wipe()}>
        {t('deleteMyData')}
      </button>{' '}
      <button type="button" onClick={() => setConfirming(false)}>
        {t('actionCancel')}
      </button>
    </span>
  ) : (
    <button type="button" data-testid="delete-data" onClick={() => setConfirming(true)}>
      {t('deleteMyData')}
    </button>
  );
}

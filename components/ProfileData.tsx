import { useState } from 'preact/hooks';
import { DeleteMyData } from './DeleteMyData';
import type { Translate } from './i18n';

interface Props {
  t: Translate;
  onExport(): void;
  /** Resolves to null when imported, else what is wrong with the file (nothing was changed). */
  onImport(text: string): Promise<string | null>;
  onDelete(): Promise<void>;
}

type Status = { kind: 'ok' | 'error'; text: string } | null;

/** Export, import (all or nothing) and "delete my data". */
export function ProfileData({ t, onExport, onImport, onDelete }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const error = await onImport(await file.text());
    input.value = '';
    setStatus(error === null ? { kind: 'ok', text: t('importDone') } : { kind: 'error', text: t('importFailed', [error]) });
  };
  return (
    <section class="profile-data">
      <h2>{t('dataHeading')}</h2>
      <button type="button" data-testid="export-profile" onClick={onExport}>
        {t('exportProfile')}
      </button>{' '}
      <label class="file">
        {t('importProfile')}
        <input type="file" accept="application/json,.json" data-testid="import-profile" onChange={(e) => void importFile(e.currentTarget)} />
      </label>{' '}
      <DeleteMyData t={t} onDelete={onDelete} onDone={() => setStatus({ kind: 'ok', text: t('deleteDone') })} />
      {status && (
        <p data-testid="data-status" data-kind={status.kind} role={status.kind === 'error' ? 'alert' : 'status'} class="pre-line">
          {status.text}
        </p>
      )}
    </section>
  );
}

import { useState } from 'preact/hooks';
import { DeleteMyData } from './DeleteMyData';
import type { Translate } from './i18n';

/** The options page's "My data": delete it all here too (the panel may be too slow to open on a huge history). */
export function OptionsData({ t, onDelete }: { t: Translate; onDelete(): Promise<void> }) {
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const remove = () =>
    onDelete().catch((e: unknown) => {
      setStatus({ ok: false, text: t('sidebarError', [e instanceof Error ? e.message : String(e)]) });
      throw e;
    });
  return (
    <section class="options-data" data-testid="options-data">
      <h2>{t('dataHeading')}</h2>
      <p class="muted">{t('optionsDataIntro')}</p>
      <DeleteMyData t={t} onDelete={remove} onDone={() => setStatus({ ok: true, text: t('deleteDone') })} />
      {status && (
        <p data-testid="data-status" data-kind={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      )}
    </section>
  );
}

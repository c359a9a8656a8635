import { useState } from 'preact/hooks';
import type { Translate } from './i18n';

/** "This page was read wrong": saves a report file locally (the action does), then says where it went. */
export function ReadWrong({ save, t }: { save: () => Promise<string>; t: Translate }) {
  const [state, setState] = useState<{ saved: string } | { error: string } | null>(null);
  const click = () =>
    void save().then(
      (saved) => setState({ saved }),
      (e: unknown) => setState({ error: e instanceof Error ? e.message : String(e) }),
    );
  return (
    <section class="read-wrong">
      <button type="button" data-testid="read-wrong" onClick={click}>
        {t('readWrongButton')}
      </button>
      {state && 'saved' in state && (
        <p class="muted" data-testid="read-wrong-saved">
          {t('readWrongSaved', [state.saved])}
        </p>
      )}
      {state && 'error' in state && <p role="alert">{t('readWrongFailed', [state.error])}</p>}
    </section>
  );
}

import type { ClassifiedTask } from '../engine/types';
import { LABEL_KEYS, percent, type Translate } from './i18n';

export interface PreviewRow {
  text: string;
  before: ClassifiedTask;
  after: ClassifiedTask;
}

export interface OptionsPreviewProps {
  text: string;
  rows: PreviewRow[];
  /** null while unknown; false when no tab shows an analysed posting. */
  postingFound: boolean | null;
  t: Translate;
  actions: { setText(text: string): void; usePosting(): void };
}

function Outcome({ task, t }: { task: ClassifiedTask; t: Translate }) {
  return (
    <td data-label={task.label}>
      <strong>{t(LABEL_KEYS[task.label])}</strong> {t('optionsExposureValue', [percent(task.exposure)])}
      <br />
      <code class="muted">{task.rules.join(', ')}</code>
    </td>
  );
}

const changed = ({ before, after }: PreviewRow): boolean =>
  before.label !== after.label || before.exposure !== after.exposure || before.rules.join() !== after.rules.join();

/** Task lines classified with the built-in rules and with the user's changes, side by side. */
export function OptionsPreview({ text, rows, postingFound, t, actions }: OptionsPreviewProps) {
  return (
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('optionsPreviewHeading')}</h2>
      <p class="muted">{t('optionsPreviewHint')}</p>
      <textarea rows={4} aria-label={t('optionsPreviewHeading')} value={text} onInput={(e) => actions.setText(e.currentTarget.value)} />
      <p>
        <button type="button" data-testid="use-posting" onClick={actions.usePosting}>
          {t('optionsPreviewUsePosting')}
        </button>
        {postingFound === false && <span class="muted"> {t('optionsPreviewNoPosting')}</span>}
      </p>
      <p class="muted" role="status" data-testid="preview-changed">
        {rows.length > 0 && t('optionsPreviewChanged', [String(rows.filter(changed).length), String(rows.length)])}
      </p>
      {rows.length > 0 && (
        <table class="preview__table">
          <thead>
            <tr>
              <th>{t('optionsPreviewTask')}</th>
              <th>{t('optionsPreviewBefore')}</th>
              <th>{t('optionsPreviewAfter')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i} data-testid="preview-row" class={changed(row) ? 'preview__row--changed' : undefined}>
                <td>{row.text}</td>
                <Outcome task={row.before} t={t} />
                <Outcome task={row.after} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

import type { Locale } from '../engine/language';
import { AboutData } from './AboutData';
import type { MessageKey, Translate } from './i18n';
import type { OptionsActions, OptionsEngine, OptionsState, SaveState } from './options-state';
import { OptionsData } from './OptionsData';
import { OptionsPreview } from './OptionsPreview';
import { RuleEditor } from './RuleEditor';
import { RuleEditorForm } from './RuleEditorForm';
import { MINE } from './rule-groups';

const SAVE_KEYS: Record<Exclude<SaveState['state'], 'idle'>, MessageKey> = { saving: 'optionsSaving', saved: 'optionsSaved', error: 'optionsSaveFailed' };

/** What the save bar says: the save under way, done or refused (with why), else whether there are unsaved edits. */
function saveText(saveState: SaveState, dirty: boolean, t: Translate): string {
  if (saveState.state === 'idle') return dirty ? t('optionsUnsaved') : '';
  return t(SAVE_KEYS[saveState.state], saveState.state === 'error' ? [saveState.error] : undefined);
}

export interface OptionsViewProps {
  state: OptionsState;
  actions: OptionsActions;
  /** The packs' rules and how a person's own rule reads as one. */
  engine: Pick<OptionsEngine, 'packs' | 'toRule'>;
  onDeleteMyData(): Promise<void>;
  t: Translate;
  lang: Locale;
}

/** The options page: rules to switch off, re-weight or add, a preview of their effect, the person's data and where the data comes from. */
export function OptionsView({ state, actions, engine, onDeleteMyData, t, lang }: OptionsViewProps) {
  const { status, saved, draft, dirty, saveState } = state;
  if (status.state !== 'ready' || !draft || !saved) {
    return <p class="muted">{status.state === 'error' ? t('optionsLoadFailed', [status.error]) : t('optionsLoading')}</p>;
  }
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <div class="options__bar">
        <button type="button" data-testid="save" disabled={!dirty || saveState.state === 'saving'} onClick={() => void actions.save()}>
          {t('optionsSave')}
        </button>
        <button type="button" disabled={!dirty} onClick={actions.discard}>
          {t('optionsDiscard')}
        </button>
        <span role="status" data-testid="save-state" data-state={saveState.state}>
          {saveText(saveState, dirty, t)}
        </span>
      </div>
      <div class="options__columns">
        <div>
          <RuleEditorForm user={draft} t={t} onAdd={actions.add} />
          <OptionsPreview
            text={state.previewText}
            rows={state.rows}
            postingFound={state.postingFound}
            t={t}
            actions={{ setText: actions.setPreviewText, usePosting: () => void actions.usePosting() }}
          />
        </div>
        <RuleEditor
          groups={[...engine.packs, { id: MINE, rules: draft.added.map(engine.toRule) }]}
          user={draft}
          query={state.query}
          lang={lang}
          t={t}
          actions={actions}
        />
      </div>
      <OptionsData t={t} onDelete={onDeleteMyData} />
      <AboutData t={t} />
      <p>
        <a href="welcome.html" data-testid="welcome-link">{t('optionsWelcomeLink')}</a>
      </p>
    </main>
  );
}

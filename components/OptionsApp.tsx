import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Rule } from '../engine/rules/schema';
import type { UserRule, UserRules } from '../engine/rules/user-rules-schema';
import { AboutData } from './AboutData';
import type { Translate } from './i18n';
import { OptionsData } from './OptionsData';
import { OptionsPreview, type PreviewRow } from './OptionsPreview';
import { RuleEditor, type RuleEditorActions } from './RuleEditor';
import { RuleEditorForm } from './RuleEditorForm';
import type { Locale } from '../engine/language';

/** What the options page needs from the background; a fake one stands in for tests. */
export interface OptionsConnector {
  getUserRules(): Promise<UserRules>;
  /** Resolves to the value as saved; rejects with the reason when refused. */
  saveUserRules(user: UserRules): Promise<UserRules>;
  /** The task lines of the posting open in the most recent tab, or null when there is none. */
  currentPostingTasks(): Promise<string[] | null>;
  /** "Delete my data": the profile, the learning list and history; rejects with the reason when refused. */
  deleteMyData(): Promise<void>;
}

/** The rules engine as the page uses it, supplied by the entrypoint. */
export interface OptionsEngine {
  /** The packs' rules a person can change (no synthetic ones). */
  rules: readonly Rule[];
  toRule(rule: UserRule): Rule;
  preview(texts: string[], user: UserRules): PreviewRow[];
}

export interface OptionsAppProps {
  connector: OptionsConnector;
  engine: OptionsEngine;
  t: Translate;
  lang: Locale;
}

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: string };
type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: string };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

function withoutKey(weights: Record<string, number>, id: string): Record<string, number> {
  const { [id]: _, ...rest } = weights;
  return rest;
}

/** Pure edits of the user's rules, one per control. */
export const edits = {
  setEnabled: (u: UserRules, id: string, enabled: boolean): UserRules => ({
    ...u,
    disabled: enabled ? u.disabled.filter((d) => d !== id) : [...new Set([...u.disabled, id])],
  }),
  setWeight: (u: UserRules, id: string, weight: number): UserRules => ({
    ...u,
    weights: weight === 1 ? withoutKey(u.weights, id) : { ...u.weights, [id]: weight },
  }),
  add: (u: UserRules, rule: UserRule): UserRules => ({ ...u, added: [...u.added, rule] }),
  remove: (u: UserRules, id: string): UserRules => ({
    disabled: u.disabled.filter((d) => d !== id),
    weights: withoutKey(u.weights, id),
    added: u.added.filter((r) => r.id !== id),
  }),
};

export function OptionsApp({ connector, engine, t, lang }: OptionsAppProps) {
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [saved, setSaved] = useState<UserRules | null>(null);
  const [draft, setDraft] = useState<UserRules | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ state: 'idle' });
  const [query, setQuery] = useState('');
  const [previewText, setPreviewText] = useState('');
  const [postingFound, setPostingFound] = useState<boolean | null>(null);

  useEffect(() => {
    connector.getUserRules().then(
      (user) => {
        setSaved(user);
        setDraft(user);
        setStatus({ state: 'ready' });
      },
      (e: unknown) => setStatus({ state: 'error', error: errorText(e) }),
    );
  }, [connector]);

  const rows = useMemo(() => {
    const lines = previewText.split('\n').filter((l) => l.trim());
    return draft && lines.length > 0 ? engine.preview(lines, draft) : [];
  }, [engine, previewText, draft]);

  if (status.state === 'loading' || !draft || !saved) {
    return <p class="muted">{status.state === 'error' ? t('optionsLoadFailed', [status.error]) : t('optionsLoading')}</p>;
  }

  const change = (next: UserRules) => {
    setDraft(next);
    setSaveState({ state: 'idle' });
  };
  const actions: RuleEditorActions = {
    setQuery,
    setEnabled: (id, enabled) => change(edits.setEnabled(draft, id, enabled)),
    setWeight: (id, weight) => change(edits.setWeight(draft, id, weight)),
    remove: (id) => change(edits.remove(draft, id)),
  };
  const dirty = JSON.stringify(draft) !== JSON.stringify(saved);
  const save = async () => {
    setSaveState({ state: 'saving' });
    try {
      const stored = await connector.saveUserRules(draft);
      setSaved(stored);
      setDraft(stored);
      setSaveState({ state: 'saved' });
    } catch (e) {
      setSaveState({ state: 'error', error: errorText(e) });
    }
  };
  const usePosting = async () => {
    const tasks = await connector.currentPostingTasks().catch(() => null);
    setPostingFound(tasks !== null && tasks.length > 0);
    if (tasks && tasks.length > 0) setPreviewText(tasks.join('\n'));
  };

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="muted">{t('optionsIntro')}</p>
      <div class="options__bar" role="status">
        <button type="button" data-testid="save" disabled={!dirty || saveState.state === 'saving'} onClick={() => void save()}>
          {t('optionsSave')}
        </button>
        <button type="button" disabled={!dirty} onClick={() => change(saved)}>
          {t('optionsDiscard')}
        </button>
        <span data-testid="save-state" data-state={saveState.state}>
          {saveState.state === 'saving'
            ? t('optionsSaving')
            : saveState.state === 'saved'
              ? t('optionsSaved')
              : saveState.state === 'error'
                ? t('optionsSaveFailed', [saveState.error])
                : dirty
                  ? t('optionsUnsaved')
                  : ''}
        </span>
      </div>
      <div class="options__columns">
        <div>
          <RuleEditorForm user={draft} t={t} onAdd={(rule) => change(edits.add(draft, rule))} />
          <OptionsPreview text={previewText} rows={rows} postingFound={postingFound} t={t} actions={{ setText: setPreviewText, usePosting: () => void usePosting() }} />
        </div>
        <RuleEditor rules={[...engine.rules, ...draft.added.map(engine.toRule)]} user={draft} query={query} lang={lang} t={t} actions={actions} />
      </div>
      <OptionsData t={t} onDelete={connector.deleteMyData} />
      <AboutData t={t} />
      <p>
        <a href="welcome.html" data-testid="welcome-link">{t('optionsWelcomeLink')}</a>
      </p>
    </main>
  );
}

// The options page's state: the rules as saved and as being edited, the save, the filter and the preview.
// The view (components/OptionsView.tsx) shows it; the connector (entrypoints/options/connector.ts) reaches the background.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Rule } from '../engine/rules/schema';
import type { UserRule, UserRules } from '../engine/rules/user-rules-schema';
import type { PreviewRow } from './OptionsPreview';
import type { RuleGroup } from './rule-groups';

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
  /** The packs' rules a person can change (no synthetic ones), pack by pack. */
  packs: readonly RuleGroup[];
  toRule(rule: UserRule): Rule;
  preview(texts: string[], user: UserRules): PreviewRow[];
}

export type LoadStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; error: string };
export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'error'; error: string };

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

export interface OptionsState {
  status: LoadStatus;
  /** Both null until the stored rules arrive. */
  saved: UserRules | null;
  draft: UserRules | null;
  dirty: boolean;
  saveState: SaveState;
  query: string;
  previewText: string;
  /** Whether "use the open posting" found one; null before it was asked. */
  postingFound: boolean | null;
  rows: PreviewRow[];
}

export interface OptionsActions {
  setQuery(query: string): void;
  setEnabled(id: string, enabled: boolean): void;
  setWeight(id: string, weight: number): void;
  remove(id: string): void;
  add(rule: UserRule): void;
  discard(): void;
  save(): Promise<void>;
  setPreviewText(text: string): void;
  usePosting(): Promise<void>;
}

export function useOptionsState(connector: OptionsConnector, engine: OptionsEngine): [OptionsState, OptionsActions] {
  const [status, setStatus] = useState<LoadStatus>({ state: 'loading' });
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

  const change = (next: UserRules) => {
    setDraft(next);
    setSaveState({ state: 'idle' });
  };
  const edit = (apply: (u: UserRules) => UserRules) => draft && change(apply(draft));
  const actions: OptionsActions = {
    setQuery,
    setEnabled: (id, enabled) => edit((u) => edits.setEnabled(u, id, enabled)),
    setWeight: (id, weight) => edit((u) => edits.setWeight(u, id, weight)),
    remove: (id) => edit((u) => edits.remove(u, id)),
    add: (rule) => edit((u) => edits.add(u, rule)),
    discard: () => saved && change(saved),
    save: async () => {
      if (!draft) return;
      setSaveState({ state: 'saving' });
      try {
        const stored = await connector.saveUserRules(draft);
        setSaved(stored);
        setDraft(stored);
        setSaveState({ state: 'saved' });
      } catch (e) {
        setSaveState({ state: 'error', error: errorText(e) });
      }
    },
    setPreviewText,
    usePosting: async () => {
      const tasks = await connector.currentPostingTasks().catch(() => null);
      setPostingFound(tasks !== null && tasks.length > 0);
      if (tasks && tasks.length > 0) setPreviewText(tasks.join('\n'));
    },
  };
  const dirty = draft !== null && saved !== null && JSON.stringify(draft) !== JSON.stringify(saved);
  return [{ status, saved, draft, dirty, saveState, query, previewText, postingFound, rows }, actions];
}

import type { MessageKey, Translate } from './i18n';

/** The WAI-ARIA tabs pattern's keys: arrows move and select (wrapping), Home and End jump to the ends. */
export function nextTab<T>(tabs: readonly T[], current: T, key: string): T | null {
  const at = tabs.indexOf(current);
  if (key === 'ArrowRight' || key === 'ArrowDown') return tabs[(at + 1) % tabs.length]!;
  if (key === 'ArrowLeft' || key === 'ArrowUp') return tabs[(at - 1 + tabs.length) % tabs.length]!;
  if (key === 'Home') return tabs[0]!;
  if (key === 'End') return tabs[tabs.length - 1]!;
  return null;
}

export const tabId = (view: string): string => `tab-${view}`;
export const panelId = (view: string): string => `panel-${view}`;

interface Props<T extends string> {
  views: readonly T[];
  current: T;
  names: Record<T, MessageKey>;
  t: Translate;
  onSelect(view: T): void;
}

/** A nav landmark around a tablist; only the selected tab is a Tab stop (roving tabindex). */
export function ViewTabs<T extends string>({ views, current, names, t, onSelect }: Props<T>) {
  const onKeyDown = (e: KeyboardEvent) => {
    const next = nextTab(views, current, e.key);
    if (next === null) return;
    e.preventDefault();
    onSelect(next);
    (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#${tabId(next)}`)?.focus();
  };
  return (
    <nav class="tabs" aria-label={t('tabsLabel')}>
      <div role="tablist" aria-label={t('tabsLabel')} onKeyDown={onKeyDown}>
        {views.map((v) => (
          <button
            key={v}
            id={tabId(v)}
            type="button"
            role="tab"
            data-testid={`view-${v}`}
            aria-selected={current === v}
            aria-controls={panelId(v)}
            tabIndex={current === v ? 0 : -1}
            onClick={() => onSelect(v)}
          >
            {t(names[v])}
          </button>
        ))}
      </div>
    </nav>
  );
}

/** Expressions evaluated inside pages (strings: they run in the browser, not in node). */

export interface BadgeState {
  state: string | null;
  exposure: string | null;
  counts: string | null;
  /** Duties SkillShift couldn't tell, left out of the counts and the figure. */
  unclear: string | null;
  shadow: boolean;
}

export const BADGE_SETTLED = `['ready', 'unreadable'].includes(
  document.querySelector('skillshift-badge')?.getAttribute('data-skillshift-state') ?? '')`;

export const READ_BADGE = `(() => {
  const host = document.querySelector('skillshift-badge');
  return host && {
    state: host.getAttribute('data-skillshift-state'),
    exposure: host.getAttribute('data-exposure'),
    counts: host.getAttribute('data-counts'),
    unclear: host.getAttribute('data-unclear'),
    shadow: host.shadowRoot !== null,
  };
})()`;

export interface PanelTask {
  label: string | null;
  /** In the "SkillShift can't tell" group. */
  unclear: boolean;
  text: string;
}

export const PANEL_HAS_TASKS = `document.querySelectorAll('li[data-testid="task"]').length > 0`;

export const READ_PANEL = `({
  title: document.querySelector('[data-testid="posting-title"]')?.textContent ?? null,
  tasks: [...document.querySelectorAll('li[data-testid="task"]')]
    .map((li) => ({ label: li.getAttribute('data-label'), unclear: li.getAttribute('data-unclear') === 'true', text: li.textContent ?? '' })),
  unreadable: document.querySelector('[data-testid="unreadable"]') !== null,
})`;

export const PANEL_HAS_HISTORY = `document.querySelectorAll('[data-testid="history-item"]').length > 0`;

export const READ_HISTORY = `[...document.querySelectorAll('[data-testid="history-item"]')].map((e) => e.textContent ?? '')`;

export const LABELS = ['automatable', 'augmentable', 'human-led'];

export function countsOf(badge: BadgeState): number[] {
  return (badge.counts ?? '').split(',').map(Number);
}

export function normalised(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export interface PanelReason {
  text: string;
  /** The rule the panel explains the task by (its first), and that rule's reason as shown. */
  rule: string | null;
  reason: string | null;
}

export const READ_PANEL_REASONS = `[...document.querySelectorAll('li[data-testid="task"]')].map((li) => ({
  text: li.querySelector('.task__text')?.textContent ?? '',
  rule: li.querySelector('.task__reason')?.getAttribute('data-rule') ?? null,
  reason: li.querySelector('.task__reason')?.textContent ?? null,
}))`;

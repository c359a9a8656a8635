/** Expressions evaluated inside pages (strings: they run in the browser, not in node), and reads through the driver. */
import type { E2EPage } from './session';

export interface BadgeState {
  state: string | null;
  exposure: string | null;
  counts: string | null;
  /** Duties SkillShift couldn't tell, left out of the counts and the figure. */
  unclear: string | null;
  /** The shadow root's mode: 'closed', so the page can't read the figures. */
  shadow: string | null;
  text: string;
}

export const POSTING_HOST = `document.querySelector('[data-skillshift="posting"]')`;

export const BADGE_SETTLED = `['ready', 'unreadable', 'no-duties', 'too-large'].includes(${POSTING_HOST}?.getAttribute('data-skillshift-state') ?? '')`;

/** The posting badge as the extension drew it, read through the browser's automation (the page can't). */
export async function readBadge(page: E2EPage): Promise<BadgeState | null> {
  const host = (await page.badges()).find((b) => b.host['data-skillshift'] === 'posting');
  return host
    ? {
        state: host.host['data-skillshift-state'] ?? null,
        exposure: host.inner['data-exposure'] ?? null,
        counts: host.inner['data-counts'] ?? null,
        unclear: host.inner['data-unclear'] ?? null,
        shadow: host.shadow,
        text: host.text,
      }
    : null;
}

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

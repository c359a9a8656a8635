import type { Label } from '../engine/types';
import { percent, type Translate } from './i18n';

export type BadgeState = 'ready' | 'unreadable' | 'loading';

export interface ExposureBadgeProps {
  state: BadgeState;
  exposure?: number;
  counts?: Record<Label, number>;
  t: Translate;
  onOpen: () => void;
}

/** The in-page badge: posting-level figures only, never anything from the profile. */
export function ExposureBadge({ state, exposure, counts, t, onOpen }: ExposureBadgeProps) {
  const ready = state === 'ready' && exposure !== undefined;
  const text = ready ? t('badgeExposure', [percent(exposure)]) : t(state === 'loading' ? 'badgeLoading' : 'badgeUnreadable');
  const detail =
    ready && counts ? t('badgeCounts', [String(counts.automatable), String(counts.augmentable), String(counts['human-led'])]) : null;
  return (
    <button type="button" class={`badge badge--${ready ? 'ready' : state}`} title={t('badgeOpen')} onClick={onOpen}>
      <span class="badge__main">{text}</span>
      {detail && <span class="badge__detail">{detail}</span>}
    </button>
  );
}

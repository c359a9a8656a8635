import type { CardEstimate } from '../engine/cards';
import { percent, type Translate } from './i18n';

export interface CardBadgeProps {
  estimate: CardEstimate;
  t: Translate;
}

const KEYS = {
  'title-prior': ['cardBadgePrior', 'cardBadgePriorHint'],
  posting: ['cardBadgePosting', 'cardBadgePostingHint'],
  none: ['cardBadgeNone', 'cardBadgeNoneHint'],
} as const;

/** A job card's small badge: the posting's exposure once analysed, else the title prior, else "no estimate". */
export function CardBadge({ estimate, t }: CardBadgeProps) {
  const [main, hint] = KEYS[estimate.source];
  const text = estimate.exposure === null ? t('cardBadgeNone') : t(main, [percent(estimate.exposure)]);
  return (
    <span class={`card card--${estimate.source}`} title={t(hint)}>
      {text}
    </span>
  );
}

export const CARD_BADGE_CSS = `
:host { all: initial; display: inline-block; margin: 2px 0; font: 12px/1.2 system-ui, sans-serif; }
.card { display: inline-block; padding: 1px 6px; border-radius: 6px; border: 1px solid #c7cdd6; background: #fff; color: #1f2328; }
.card--posting { border-color: #6b5bd6; font-weight: 600; }
.card--title-prior { border-style: dashed; border-color: #8c7fe0; }
.card--none { color: #57606a; }
`;

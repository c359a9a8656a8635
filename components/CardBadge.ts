import type { CardEstimate } from '../engine/cards';
import { percent, type Translate } from './i18n';

/** What a job card's badge shows: its class, text and tooltip. */
export interface CardBadgeView {
  className: string;
  text: string;
  hint: string;
}

const KEYS = {
  'title-prior': ['cardBadgePrior', 'cardBadgePriorHint'],
  posting: ['cardBadgePosting', 'cardBadgePostingHint'],
  none: ['cardBadgeNone', 'cardBadgeNoneHint'],
} as const;

/** A job card's small badge: the posting's exposure once analysed, else the title prior, else "no estimate". */
export function cardBadgeView(estimate: CardEstimate, t: Translate): CardBadgeView {
  const [main, hint] = KEYS[estimate.source];
  return {
    className: `card card--${estimate.source}`,
    text: estimate.exposure === null ? t('cardBadgeNone') : t(main, [percent(estimate.exposure)]),
    hint: t(hint),
  };
}

// The page's own font family: a new one (system-ui) costs a font lookup that doubles the first layout.
export const CARD_BADGE_CSS = `
:host { all: initial; font-family: inherit; font-size: 12px; line-height: 1.2; display: inline-block; margin: 2px 0; }
.card { padding: 1px 6px; border-radius: 6px; border: 1px solid #c7cdd6; background: #fff; color: #1f2328; }
.card--posting { border-color: #6b5bd6; font-weight: 600; }
.card--title-prior { border-style: dashed; border-color: #8c7fe0; }
.card--none { color: #57606a; }
`;

import type { CardEstimate } from '../engine/types';
import type { CardOccupation } from '../messaging/page-read';
import { percent, type Translate } from './i18n';

/** What a job card's badge shows: its text, tooltip and inline style. */
export interface CardBadgeView {
  text: string;
  hint: string;
  style: string;
}

/** A card's estimate with the occupation its title was read as, or 'pending' while the background's answer is on its way. */
export type CardShown = (Omit<CardEstimate, 'occupation'> & { occupation?: CardOccupation | null }) | { source: 'pending'; exposure: null; label: null };

/** "Registered Nurses (O*NET 29-1141.00)": the occupation in the UI's language, its code, and whether it is new. */
export function occupationWords(occupation: CardOccupation, t: Translate): [string, string] {
  const name = t('occupationLang') === 'zh' ? occupation.zh : occupation.en;
  const codes = [occupation.soc ? t('occupationCodeOnet', [occupation.soc]) : null, occupation.cn && !occupation.soc ? t('occupationCodeCn', [occupation.cn]) : null];
  if (occupation.new) codes.push(t('occupationNew', [String(occupation.new)]));
  return [name, codes.filter(Boolean).join(', ')];
}
export const PENDING: CardShown = { source: 'pending', exposure: null, label: null };

const KEYS = {
  pending: ['cardBadgePending', 'cardBadgePendingHint', null],
  'title-prior': ['cardBadgePrior', 'cardBadgePriorHint', 'cardBadgePriorHintAs'],
  posting: ['cardBadgePosting', 'cardBadgePostingHint', 'cardBadgePostingHintAs'],
  none: ['cardBadgeNone', 'cardBadgeNoneHint', null],
} as const;

// The host's own style is the same for every badge (so it tells the page nothing) and declared inline on it, so no
// rule of the page outranks it (inline beats the page's selectors, where a :host rule loses to them): the inherited
// properties a page most often sets are reset there. The look of each kind is inline on the span inside the closed
// shadow root; no shadow root carries a stylesheet (a stylesheet per shadow root doubled the browser's style and
// layout work for 100 cards). The font is the page's own, in the weight and style it already uses: another weight
// would make the page fetch a font face it never asked for. Inline, not inline-block: 100 atomic inline boxes cost
// the page ≈1.5 ms more layout.
export const CARD_HOST_STYLE =
  'display:inline;box-sizing:content-box;position:static;float:none;width:auto;height:auto;margin:0;padding:0;border:0;' +
  'background:none;color:#1f2328;font-size:12px;font-style:inherit;font-weight:inherit;line-height:1.2;' +
  'letter-spacing:normal;text-transform:none;text-decoration:none;text-indent:0;white-space:nowrap;vertical-align:baseline';

const BASE = 'display:inline;margin:2px 0;padding:1px 6px;border:1px solid #c7cdd6;border-radius:6px;background:#fff';

/** The inline style of the span inside the shadow root, for each kind of estimate. */
export const CARD_BADGE_STYLE: Readonly<Record<CardShown['source'], string>> = {
  pending: `${BASE};color:#8c959f;border-color:#d0d7de`,
  posting: `${BASE};border-color:#6b5bd6;box-shadow:inset 0 0 0 1px #6b5bd6`,
  'title-prior': `${BASE};border-style:dashed;border-color:#8c7fe0`,
  none: `${BASE};color:#57606a`,
};

/** A job card's small badge: the posting's exposure once analysed, else the title prior, else "no estimate". */
export function cardBadgeView(estimate: CardShown, t: Translate): CardBadgeView {
  const [main, hint, hintAs] = KEYS[estimate.source];
  const occupation = 'occupation' in estimate ? estimate.occupation : null;
  const named = occupation && hintAs ? t(hintAs, occupationWords(occupation, t)) : '';
  return {
    text: estimate.exposure === null ? t(estimate.source === 'pending' ? main : 'cardBadgeNone') : t(main, [percent(estimate.exposure)]),
    hint: named || t(hint),
    style: CARD_BADGE_STYLE[estimate.source],
  };
}

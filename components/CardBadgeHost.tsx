import { render } from 'preact';
import type { CardEstimate } from '../engine/cards';
import { CARD_BADGE_CSS, CardBadge } from './CardBadge';
import type { Translate } from './i18n';

export const CARD_BADGE_TAG = 'skillshift-card-badge';

/** A card badge's host element: a shadow root holding the badge; the attributes are what tests read. */
export function createCardBadgeHost(doc: Document): HTMLElement {
  const host = doc.createElement(CARD_BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CARD_BADGE_CSS;
  shadow.append(style, doc.createElement('span'));
  return host;
}

export function renderCardBadge(host: HTMLElement, cardId: string, estimate: CardEstimate, t: Translate): void {
  host.dataset.skillshiftCardId = cardId;
  host.dataset.source = estimate.source;
  if (estimate.exposure === null) delete host.dataset.exposure;
  else host.dataset.exposure = estimate.exposure.toFixed(2);
  const root = host.shadowRoot?.lastElementChild;
  if (root) render(<CardBadge estimate={estimate} t={t} />, root);
}

export function removeCardBadge(host: HTMLElement): void {
  const root = host.shadowRoot?.lastElementChild;
  if (root) render(null, root);
  host.remove();
}

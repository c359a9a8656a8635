import { CARD_BADGE_STYLE, cardBadgeView, type CardShown } from './CardBadge';
import type { Translate } from './i18n';

export const CARD_BADGE_TAG = 'skillshift-card-badge';

// One styled host per document and kind of estimate, cloned: a clone copies the parsed inline style.
const templates = new WeakMap<Document, Map<CardShown['source'], HTMLElement>>();

/**
 * A card badge's host element: a shadow root holding the badge's text, the style inline on the host (set
 * through the CSSOM, which a page's Content-Security-Policy allows). The attributes are what tests read.
 */
export function createCardBadgeHost(doc: Document, source: CardShown['source']): HTMLElement {
  let byStyle = templates.get(doc);
  if (!byStyle) templates.set(doc, (byStyle = new Map()));
  let template = byStyle.get(source);
  if (!template) {
    template = doc.createElement(CARD_BADGE_TAG);
    template.style.cssText = CARD_BADGE_STYLE[source];
    template.setAttribute('data-source', source);
    byStyle.set(source, template);
  }
  const host = template.cloneNode(false) as HTMLElement;
  host.attachShadow({ mode: 'open' }).append(doc.createTextNode(''));
  return host;
}

export function renderCardBadge(host: HTMLElement, cardId: string, estimate: CardShown, t: Translate): void {
  const text = host.shadowRoot?.firstChild;
  if (!text) return;
  const view = cardBadgeView(estimate, t);
  // Attributes rather than dataset/style reads: those build wrapper objects for every host.
  host.setAttribute('data-skillshift-card-id', cardId);
  if (host.getAttribute('data-source') !== estimate.source) {
    host.style.cssText = view.style;
    host.setAttribute('data-source', estimate.source);
  }
  if (estimate.exposure === null) host.removeAttribute('data-exposure');
  else host.setAttribute('data-exposure', estimate.exposure.toFixed(2));
  if (host.title !== view.hint) host.title = view.hint;
  if (text.nodeValue !== view.text) text.nodeValue = view.text;
}

export function removeCardBadge(host: HTMLElement): void {
  host.remove();
}

import { CARD_HOST_STYLE, cardBadgeView, type CardShown } from './CardBadge';
import { adoptHost, BADGE_ATTRIBUTE, shadowOf, STATE_ATTRIBUTE } from './badge-host';
import type { Translate } from './i18n';

// One styled host and badge per document, cloned: a clone copies the parsed inline style.
const templates = new WeakMap<Document, { host: HTMLElement; badge: HTMLElement }>();

/**
 * A card badge's host: a plain span holding, in its closed shadow root, a span with the badge's look, hint and
 * text. The host says only which card it badges and whether the answer is drawn; the figures stay inside.
 */
export function createCardBadgeHost(doc: Document): HTMLElement {
  let template = templates.get(doc);
  if (!template) {
    const host = doc.createElement('span');
    host.style.cssText = CARD_HOST_STYLE;
    host.setAttribute(BADGE_ATTRIBUTE, 'card');
    const badge = doc.createElement('span');
    badge.append(doc.createTextNode(''));
    templates.set(doc, (template = { host, badge }));
  }
  const host = template.host.cloneNode(false) as HTMLElement;
  adoptHost(host).append(template.badge.cloneNode(true));
  return host;
}

export function renderCardBadge(host: HTMLElement, cardId: string, estimate: CardShown, t: Translate): void {
  const badge = shadowOf(host)?.firstChild as HTMLElement | null;
  const text = badge?.firstChild;
  if (!badge || !text) return;
  const view = cardBadgeView(estimate, t);
  // Attributes rather than dataset/style reads: those build wrapper objects for every host.
  host.setAttribute('data-skillshift-card-id', cardId);
  host.setAttribute(STATE_ATTRIBUTE, estimate.source === 'pending' ? 'pending' : 'ready');
  if (badge.getAttribute('data-source') !== estimate.source) {
    badge.style.cssText = view.style;
    badge.setAttribute('data-source', estimate.source);
  }
  if (estimate.exposure === null) badge.removeAttribute('data-exposure');
  else badge.setAttribute('data-exposure', estimate.exposure.toFixed(2));
  if (badge.title !== view.hint) badge.title = view.hint;
  if (text.nodeValue !== view.text) text.nodeValue = view.text;
}

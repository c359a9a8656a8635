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
    // A Tab stop, so a keyboard reaches its explanation (cardHintOnFocus shows it); the mouse gets the title.
    badge.setAttribute('tabindex', '0');
    badge.setAttribute('role', 'note');
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
  const spoken = t('badgeSpoken', [view.text, view.hint]);
  if (badge.getAttribute('aria-label') !== spoken) badge.setAttribute('aria-label', spoken);
  if (text.nodeValue !== view.text) text.nodeValue = view.text;
}

const TIP_STYLE =
  'display:block;position:absolute;z-index:2147483647;width:max-content;max-width:320px;margin-top:4px;padding:6px 8px;' +
  'border-radius:6px;background:#1f2328;color:#fff;font-size:12px;line-height:1.35;white-space:normal';
const OUTLINE = ';outline:2px solid #6b5bd6;outline-offset:2px';

/**
 * Shows a card badge's explanation while it has keyboard focus, below it, and hides it on blur or Escape: one
 * listener pair on the document for every badge (focus events leave a closed shadow root at its host).
 */
export function cardHintOnFocus(doc: Document, isCardHost: (node: Element) => boolean): () => void {
  let shown: { badge: HTMLElement; tip: HTMLElement } | null = null;
  const hide = () => {
    if (!shown) return;
    shown.tip.remove();
    shown.badge.style.cssText = shown.badge.style.cssText.replace(OUTLINE, '');
    shown = null;
  };
  const onFocus = (event: Event) => {
    const host = event.target as Element | null;
    if (!host || !isCardHost(host)) return;
    const badge = shadowOf(host)?.firstChild as HTMLElement | null;
    if (!badge?.title) return;
    hide();
    const tip = doc.createElement('span');
    tip.style.cssText = TIP_STYLE;
    tip.setAttribute('aria-hidden', 'true'); // the badge's name already says it
    tip.textContent = badge.title;
    badge.after(tip);
    badge.style.cssText += OUTLINE;
    shown = { badge, tip };
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') hide();
  };
  doc.addEventListener('focusin', onFocus, true);
  doc.addEventListener('focusout', hide, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    hide();
    doc.removeEventListener('focusin', onFocus, true);
    doc.removeEventListener('focusout', hide, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}

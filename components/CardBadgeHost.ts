import type { CardEstimate } from '../engine/cards';
import { CARD_BADGE_CSS, cardBadgeView } from './CardBadge';
import type { Translate } from './i18n';

export const CARD_BADGE_TAG = 'skillshift-card-badge';

// Hundreds of badges: plain DOM, and one stylesheet shared by every shadow root where the browser lets a
// content script adopt one. Firefox content scripts can't (Xray wrappers throw), so they get a <style> each.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function adoptShared(doc: Document, shadow: ShadowRoot): boolean {
  const known = sheets.get(doc);
  if (known === null) return false;
  try {
    if (known) {
      shadow.adoptedStyleSheets = [known];
      return true;
    }
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (typeof Sheet !== 'function' || !('adoptedStyleSheets' in shadow)) throw new Error('no constructable stylesheets');
    const sheet = new Sheet();
    sheet.replaceSync(CARD_BADGE_CSS);
    shadow.adoptedStyleSheets = [sheet];
    // Checked once per document: reading adoptedStyleSheets back builds a new array each time.
    if (shadow.adoptedStyleSheets.length !== 1) throw new Error('stylesheet not adopted');
    sheets.set(doc, sheet);
    return true;
  } catch {
    sheets.set(doc, null);
    return false;
  }
}

/** A card badge's host element: a shadow root holding the badge; the attributes are what tests read. */
export function createCardBadgeHost(doc: Document): HTMLElement {
  const host = doc.createElement(CARD_BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  if (!adoptShared(doc, shadow)) {
    const style = doc.createElement('style');
    style.textContent = CARD_BADGE_CSS;
    shadow.append(style);
  }
  shadow.append(doc.createElement('span'));
  return host;
}

export function renderCardBadge(host: HTMLElement, cardId: string, estimate: CardEstimate, t: Translate): void {
  host.dataset.skillshiftCardId = cardId;
  host.dataset.source = estimate.source;
  if (estimate.exposure === null) delete host.dataset.exposure;
  else host.dataset.exposure = estimate.exposure.toFixed(2);
  const badge = host.shadowRoot?.lastElementChild as HTMLElement | null | undefined;
  if (!badge) return;
  const view = cardBadgeView(estimate, t);
  if (badge.className !== view.className) badge.className = view.className;
  if (badge.title !== view.hint) badge.title = view.hint;
  if (badge.textContent !== view.text) badge.textContent = view.text;
}

export function removeCardBadge(host: HTMLElement): void {
  host.remove();
}

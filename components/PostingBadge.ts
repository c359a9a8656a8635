import type { BadgeFigures } from '../messaging/page-read';
import { BADGE_CSS } from './badge-css';
import { percent, type Translate } from './i18n';

export const BADGE_TAG = 'skillshift-badge';

/** What the posting's badge shows: the figures once the background answered, a quiet "…" before. */
export type BadgeView = { state: 'loading' } | { state: 'unreadable' } | { state: 'ready'; figures: BadgeFigures };

export interface MountedBadge {
  host: HTMLElement;
  show(view: BadgeView): void;
  remove(): void;
}

/** The end-to-end tests read these attributes; they carry only the posting's own figures. */
function describeOnHost(host: HTMLElement, view: BadgeView): void {
  host.dataset.skillshiftState = view.state;
  if (view.state === 'ready') {
    const { score, counts } = view.figures;
    host.dataset.exposure = score.toFixed(2);
    host.dataset.counts = `${counts.automatable},${counts.augmentable},${counts['human-led']}`;
    host.dataset.unclear = String(view.figures.unclear);
  } else {
    delete host.dataset.exposure;
    delete host.dataset.counts;
    delete host.dataset.unclear;
  }
}

/**
 * The in-page badge, after `anchor` (the posting title) or fixed in a corner when the page gives none: plain DOM
 * in a shadow root, no framework on the page. Only a person's click opens the side panel: a page's scripted
 * click() does not.
 */
export function mountBadge(doc: Document, anchor: Element | null, view: BadgeView, t: Translate, onOpen: () => void): MountedBadge {
  for (const old of doc.querySelectorAll(BADGE_TAG)) old.remove();
  const host = doc.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.title = t('badgeOpen');
  const main = doc.createElement('span');
  main.className = 'badge__main';
  const detail = doc.createElement('span');
  detail.className = 'badge__detail';
  button.append(main, detail);
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onOpen();
  });
  shadow.append(style, button);
  if (anchor) anchor.after(host);
  else {
    host.dataset.corner = '';
    doc.body.append(host);
  }
  const show = (next: BadgeView): void => {
    describeOnHost(host, next);
    button.className = `badge badge--${next.state}`;
    if (next.state === 'ready') {
      const { score, counts } = next.figures;
      main.textContent = t('badgeExposure', [percent(score)]);
      detail.textContent = t('badgeCounts', [String(counts.automatable), String(counts.augmentable), String(counts['human-led'])]);
    } else {
      main.textContent = t(next.state === 'loading' ? 'badgeLoading' : 'badgeUnreadable');
      detail.textContent = '';
    }
    detail.hidden = detail.textContent === '';
  };
  show(view);
  return { host, show, remove: () => host.remove() };
}

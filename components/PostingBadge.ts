import type { BadgeFigures } from '../messaging/page-read';
import { BADGE_CSS } from './badge-css';
import { adoptHost, BADGE_ATTRIBUTE, hostSelector, isOurHost, keepEventsInside, STATE_ATTRIBUTE } from './badge-host';
import { percent, scaleKey, type Translate } from './i18n';

/**
 * What the posting's badge shows: the figures once the background answered, a quiet "…" before, or why it shows
 * none (a page it couldn't read, a posting that lists no duty, or one too large to read).
 */
export type BadgeView = { state: 'loading' } | { state: 'unreadable' } | { state: 'no-duties' } | { state: 'too-large' } | { state: 'ready'; figures: BadgeFigures };

export interface MountedBadge {
  host: HTMLElement;
  show(view: BadgeView): void;
  remove(): void;
}

const MESSAGES = { loading: 'badgeLoading', unreadable: 'badgeUnreadable', 'no-duties': 'badgeNoDuties', 'too-large': 'badgeTooLarge' } as const;

/** The figures, for our own tests, on the button inside the closed shadow root where the page can't read them. */
function describe(button: HTMLElement, view: BadgeView): void {
  if (view.state === 'ready') {
    const { score, counts } = view.figures;
    button.dataset.exposure = score.toFixed(2);
    button.dataset.counts = `${counts.automatable},${counts.augmentable},${counts['human-led']}`;
    button.dataset.unclear = String(view.figures.unclear);
  } else {
    delete button.dataset.exposure;
    delete button.dataset.counts;
    delete button.dataset.unclear;
  }
}

/** A link holding the anchor goes whole: a badge inside a link would navigate away when clicked. */
function outsideLinks(anchor: Element): Element {
  return anchor.closest('a') ?? anchor;
}

/**
 * The in-page badge, after `anchor` (the posting title) or fixed in a corner when the page gives none: plain DOM
 * in a closed shadow root, no framework on the page. Only a person's click opens the side panel: a page's
 * scripted click() does not, and no click reaches the page's own handlers.
 */
export function mountBadge(doc: Document, anchor: Element | null, view: BadgeView, t: Translate, onOpen: () => void, sweep = true): MountedBadge {
  // Any badge of ours already there goes (an older script's, a copy); `sweep` false spares a page too large to
  // search (its caller removes its own badge first).
  if (sweep) for (const old of doc.querySelectorAll(hostSelector('posting'))) if (isOurHost(old)) old.remove();
  const host = doc.createElement('div');
  host.setAttribute(BADGE_ATTRIBUTE, 'posting');
  const shadow = adoptHost(host);
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  // What the figure means, on hover and on keyboard focus (a title shows to the mouse only).
  const tip = doc.createElement('span');
  tip.className = 'badge__tip';
  tip.id = 'skillshift-tip';
  tip.setAttribute('role', 'tooltip');
  button.setAttribute('aria-describedby', tip.id);
  const main = doc.createElement('span');
  main.className = 'badge__main';
  const detail = doc.createElement('span');
  detail.className = 'badge__detail';
  button.append(main, detail);
  button.addEventListener('click', (event) => {
    if (event.isTrusted) onOpen();
  });
  // Escape hides the explanation until the pointer or focus leaves (WCAG 1.4.13: dismissible).
  button.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') tip.classList.add('badge__tip--dismissed');
  });
  for (const type of ['blur', 'mouseleave']) button.addEventListener(type, () => tip.classList.remove('badge__tip--dismissed'));
  keepEventsInside(shadow);
  shadow.append(style, button, tip);
  if (anchor) outsideLinks(anchor).after(host);
  else {
    host.setAttribute('data-corner', '');
    doc.body.append(host);
  }
  const show = (next: BadgeView): void => {
    host.setAttribute(STATE_ATTRIBUTE, next.state);
    describe(button, next);
    button.className = `badge badge--${next.state}`;
    if (next.state === 'ready') {
      const { score, counts } = next.figures;
      main.textContent = t('badgeExposure', [percent(score)]);
      detail.textContent = t('badgeCounts', [String(counts.automatable), String(counts.augmentable), String(counts['human-led'])]);
      const read = counts.automatable + counts.augmentable + counts['human-led'] + next.figures.unclear;
      tip.textContent = t('badgeMeaning', [percent(score), t(scaleKey(score)), String(read)]);
    } else {
      main.textContent = t(MESSAGES[next.state]);
      detail.textContent = '';
      tip.textContent = t('badgeOpen');
    }
    detail.hidden = detail.textContent === '';
  };
  show(view);
  return { host, show, remove: () => host.remove() };
}

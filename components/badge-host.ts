// A badge's host is a plain element (a page can't pre-define it, as it can a custom element's name) with a closed
// shadow root (a page can't read the figures, which would tell it the user's own rules, or rewrite them). The roots
// are kept here, in the content script's world; the host carries only what kind of badge it is and its state.

const roots = new WeakMap<Element, ShadowRoot>();

/** On every host of ours: 'posting' or 'card'. What tests and our own sweeps select by. */
export const BADGE_ATTRIBUTE = 'data-skillshift';
export const STATE_ATTRIBUTE = 'data-skillshift-state';
export type BadgeKind = 'posting' | 'card';
export const hostSelector = (kind: BadgeKind): string => `[${BADGE_ATTRIBUTE}="${kind}"]`;

/** Gives `host` (a fresh span or div) its closed shadow root. */
export function adoptHost(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'closed' });
  roots.set(host, root);
  return root;
}

/** The shadow root of a host we made; null for anything else (a page's copy of our markup included). */
export const shadowOf = (node: Node): ShadowRoot | null => roots.get(node as Element) ?? null;

export const isOurHost = (node: Node): boolean => roots.has(node as Element);

/**
 * Keeps a person's click, press or key on the badge from reaching the page's own handlers (a card or a link
 * around it would navigate). Listeners on the shadow root run before the host's and the page's bubbling ones.
 */
export function keepEventsInside(root: ShadowRoot): void {
  for (const type of ['click', 'auxclick', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'keydown', 'keyup', 'keypress']) {
    const cancel = type === 'click' || type === 'auxclick';
    root.addEventListener(type, (event) => {
      event.stopPropagation();
      if (cancel) event.preventDefault();
    }, { passive: !cancel });
  }
}

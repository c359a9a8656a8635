import { render } from 'preact';
import { ExposureBadge, type ExposureBadgeProps } from './ExposureBadge';
import { BADGE_CSS } from './badge-css';

export const BADGE_TAG = 'skillshift-badge';

export interface MountedBadge {
  host: HTMLElement;
  update(props: ExposureBadgeProps): void;
  remove(): void;
}

/** The end-to-end tests read these attributes; they carry only the posting's own figures. */
function describeOnHost(host: HTMLElement, { state, exposure, counts }: ExposureBadgeProps): void {
  host.dataset.skillshiftState = state;
  if (state === 'ready' && exposure !== undefined) host.dataset.exposure = exposure.toFixed(2);
  else delete host.dataset.exposure;
  if (state === 'ready' && counts) host.dataset.counts = `${counts.automatable},${counts.augmentable},${counts['human-led']}`;
  else delete host.dataset.counts;
}

/** Put the badge after `anchor` (the posting title), or fixed in a corner when the page gives none. */
export function mountBadge(doc: Document, anchor: Element | null, props: ExposureBadgeProps): MountedBadge {
  for (const old of doc.querySelectorAll(BADGE_TAG)) old.remove();
  const host = doc.createElement(BADGE_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const root = doc.createElement('div');
  shadow.append(style, root);
  if (anchor) {
    anchor.after(host);
  } else {
    host.dataset.corner = '';
    doc.body.append(host);
  }
  const update = (next: ExposureBadgeProps): void => {
    describeOnHost(host, next);
    render(<ExposureBadge {...next} />, root);
  };
  update(props);
  return {
    host,
    update,
    remove() {
      render(null, root);
      host.remove();
    },
  };
}

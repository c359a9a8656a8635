import { analyzeDocument } from '../../engine/analyze';
import type { Analysis } from '../../engine/types';
import { BADGE_TAG, mountBadge, type MountedBadge } from '../../components/mountBadge';
import type { ExposureBadgeProps } from '../../components/ExposureBadge';
import { send } from '../../messaging/client';
import { adapterFor } from '../../sites/registry';
import { t } from './i18n';

function analyse(doc: Document, url: string): Analysis {
  try {
    return analyzeDocument(doc, url, adapterFor(url));
  } catch (e) {
    return { url, kind: 'none', source: null, posting: null, tasks: [], exposure: null, cards: [], skills: [], reason: String(e) };
  }
}

function badgeProps(analysis: Analysis): Omit<ExposureBadgeProps, 't' | 'onOpen'> {
  return analysis.posting && analysis.exposure
    ? { state: 'ready', exposure: analysis.exposure.score, counts: analysis.exposure.counts }
    : { state: 'unreadable' };
}

const openSidebar = (): void => void send({ type: 'content:openSidebar' });

/** One page's analysis loop: analyse, show the badge, tell the background — only when something changed. */
export function createPageAnalysis(doc: Document, currentUrl: () => string = () => doc.location.href) {
  let badge: MountedBadge | null = null;
  let last = '';

  return {
    run(force = false): Analysis {
      const url = currentUrl();
      const analysis = analyse(doc, url);
      const key = JSON.stringify(analysis);
      if (!force && key === last && badge?.host.isConnected) return analysis;
      last = key;
      // A listing with no job open gets no badge (card badges come later).
      if (analysis.kind === 'listing' && !analysis.posting) {
        badge?.remove();
        badge = null;
      } else {
        badge = mountBadge(doc, adapterFor(url)?.titleAnchor(doc) ?? null, { ...badgeProps(analysis), t, onOpen: openSidebar });
      }
      void send({ type: 'content:analysis', analysis });
      return analysis;
    },
    remove(): void {
      badge?.remove();
      badge = null;
    },
  };
}

/** Mutations made by our own badge must not trigger a re-run. */
export function isOwnMutation(record: MutationRecord): boolean {
  const ours = (n: Node) => n.nodeName.toLowerCase() === BADGE_TAG;
  if (ours(record.target) || (record.target as Element).closest?.(BADGE_TAG)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(ours);
}

import { analyzePage, findCardsSafely, type PageAnalysis } from '../../engine/analyze';
import type { Analysis, ExposureSummary } from '../../engine/types';
import { BADGE_TAG, mountBadge, type MountedBadge } from '../../components/mountBadge';
import { CARD_BADGE_TAG } from '../../components/CardBadgeHost';
import type { ExposureBadgeProps } from '../../components/ExposureBadge';
import { send } from '../../messaging/client';
import { adapterFor } from '../../sites/registry';
import type { AdapterCard } from '../../sites/types';
import { cardOfPosting, createCardBadges } from './card-badges';
import { t } from './i18n';
import { syncUserRules } from './user-rules-sync';
import type { Classifier } from '../../engine/rules/classify';

function analyse(doc: Document, url: string, classifyTask: Classifier | undefined, cards: readonly AdapterCard[]): PageAnalysis {
  try {
    return analyzePage(doc, url, adapterFor(url), classifyTask, cards);
  } catch (e) {
    const analysis: Analysis = { url, kind: 'none', source: null, posting: null, tasks: [], requirements: [], benefits: [], lines: [], exposure: null, cards: [], skills: [], reason: String(e) };
    return { analysis, jobId: null };
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
  // Re-run with the user's rules once they arrive or change (bg:analyze after a save asks again).
  const userRules = syncUserRules(() => void page.run(true));
  const cardBadges = createCardBadges(doc, t);
  // Postings analysed while this page lived, by card id: their cards show the posting's own figure.
  const postings = new Map<string, ExposureSummary>();

  const cardsOnPage = (url: string): AdapterCard[] => findCardsSafely(doc, url, adapterFor(url));
  const rememberPosting = ({ analysis, jobId }: PageAnalysis, cards: AdapterCard[]): void => {
    if (!analysis.posting || !analysis.exposure || cards.length === 0) return;
    const card = cardOfPosting(cards, jobId, analysis.url, analysis.posting.title);
    if (card) postings.set(card.id, analysis.exposure);
  };

  const page = {
    /** Card badges only (cheap): for cards added or recycled between two full runs. */
    syncCards(): number {
      return cardBadges.sync(cardsOnPage(currentUrl()), postings);
    },
    run(force = false): Analysis {
      if (force) void userRules.refresh();
      const url = currentUrl();
      const cards = cardsOnPage(url);
      const read = analyse(doc, url, userRules.classifier(), cards);
      const { analysis } = read;
      rememberPosting(read, cards);
      cardBadges.sync(cards, postings);
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
      cardBadges.remove();
    },
  };
  return page;
}

const OUR_TAGS = new Set([BADGE_TAG, CARD_BADGE_TAG]);
const OUR_SELECTOR = [...OUR_TAGS].join(',');

/** Mutations made by our own badges must not trigger a re-run. */
export function isOwnMutation(record: MutationRecord): boolean {
  const ours = (n: Node) => OUR_TAGS.has(n.nodeName.toLowerCase());
  if (ours(record.target) || (record.target as Element).closest?.(OUR_SELECTOR)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(ours);
}

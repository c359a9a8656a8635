import { pageRoom, pageSizeStep, readPage } from '../../engine/read';
import { pageOutline, type PageOutline } from '../../engine/outline';
import type { PageRead } from '../../engine/types';
import { mountBadge, type BadgeView, type MountedBadge } from '../../components/PostingBadge';
import { isOurHost } from '../../components/badge-host';
import { PENDING, type CardShown } from '../../components/CardBadge';
import type { BadgeFigures, CardFigures } from '../../messaging/page-read';
import { boundCard, boundRead, CARD_BATCH } from '../../messaging/page-limits';
import { openSidebar, sendCards, sendPosting } from '../../messaging/page-client';
import { adapterByMarkup, adapterFor } from '../../sites/registry';
import type { AdapterCard, SiteAdapter } from '../../engine/adapter';
import { cardOfPosting, createCardBadges } from './card-badges';
import { createCardTracker } from './card-tracker';
import { createScrollOrder } from './scroll-order';
import { createCardQueue } from './card-queue';
import { t } from './page-i18n';
import { afterNextFrame, inSlices, sliceClock } from './slices';

// New card badges placed per pass, and the pause before the next pass: at most ≈600 a second, so a page adding
// thousands of cards at once isn't stalled by them (the cards on screen come first: scroll-order.ts).
const CARDS_PER_PASS = 150;
const NEXT_PASS_MS = 250;
/** A batch of titles the background didn't answer is asked again after 1 s, then 2, 4… at most a minute apart. */
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 60_000;

const unreadable = (read: PageRead): BadgeView => (read.posting ? { state: 'loading' } : { state: 'unreadable' });
const estimateOf = ({ exposure, label, occupation }: CardFigures): CardShown => ({ source: exposure === null ? 'none' : 'title-prior', exposure, label, occupation });

/**
 * One page's loop: read the DOM, draw a quiet badge at once, send what was read to the background (which
 * classifies, estimates and stores), draw its answer. The page itself never runs the engine. `passMs`: a pass's
 * time on the page's main thread (finding the cards included), after which it places no more new badges than
 * the few it always places; the rest go in the next pass.
 */
export function createPageAnalysis(doc: Document, currentUrl: () => string = () => doc.location.href, passMs = Infinity) {
  let badge: MountedBadge | null = null;
  let last = '';
  let generation = 0;
  const cardBadges = createCardBadges(doc, t);
  const tracker = createCardTracker(doc);
  const queue = createCardQueue(tracker.cardAt);
  const scroll = createScrollOrder(doc);
  // Estimates by card title (listings repeat titles), and the postings analysed while this page lived, by card id.
  const byTitle = new Map<string, CardShown>();
  const postings = new Map<string, BadgeFigures>();
  const asked = new Set<string>();
  let cardsInFlight = false;
  let live = true;
  // A career-site platform known by the page's markup stays the page's adapter (the site is the same at every URL).
  let byMarkup: SiteAdapter | null = null;
  const adapterAt = (url: string): SiteAdapter | null => adapterFor(url) ?? (byMarkup ??= adapterByMarkup(doc));

  const shown = (card: AdapterCard): CardShown => {
    const posting = postings.get(card.id);
    const known = byTitle.get(card.title);
    if (posting) return { source: 'posting', exposure: posting.score, label: posting.label, occupation: known && 'occupation' in known ? known.occupation : null };
    return known ?? PENDING;
  };
  const learn = (cards: readonly AdapterCard[], figures: readonly CardFigures[]): void => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const card of cards) {
      const f = byId.get(boundCard(card).id);
      if (!f) continue;
      byTitle.set(card.title, estimateOf(f));
      queue.learnt(card.title);
    }
  };
  /** Cards of titles not estimated nor asked for yet, one a title, at most a batch: `cards` first, then those shown pending. */
  const unknown = (cards: readonly AdapterCard[]): AdapterCard[] => {
    const out = new Map<string, AdapterCard>();
    const wanted = (c: AdapterCard) => !byTitle.has(c.title) && !asked.has(c.title) && !out.has(c.title);
    for (const card of cards) if (out.size < CARD_BATCH && wanted(card)) out.set(card.title, card);
    for (const card of queue.pendingCards(wanted, CARD_BATCH - out.size)) out.set(card.title, card);
    return [...out.values()];
  };
  const asBatch = (cards: readonly AdapterCard[]) => cards.map((c) => boundCard({ id: c.id, title: c.title, company: c.company }));

  // A background that doesn't answer (restarting, or the extension reloaded under the page) is asked again later,
  // each time twice as late up to a minute, not at once: asking at once would loop as fast as it fails.
  let retryMs = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;

  /** Estimates for cards not known yet, a batch at a time, one batch in flight. */
  async function askForCards(cards: readonly AdapterCard[]): Promise<void> {
    if (cardsInFlight || retry !== undefined) return;
    const batch = unknown(cards);
    if (batch.length === 0) return;
    cardsInFlight = true;
    for (const card of batch) asked.add(card.title);
    const answer = await sendCards(asBatch(batch));
    cardsInFlight = false;
    if (answer.ok) {
      retryMs = 0;
      learn(batch, answer.data.cards);
      page.syncCards();
      return;
    }
    for (const card of batch) asked.delete(card.title);
    retryMs = Math.min(RETRY_MAX_MS, retryMs * 2 || RETRY_FIRST_MS);
    retry = setTimeout(() => {
      retry = undefined;
      if (live) page.syncCards();
    }, retryMs);
  }


  let nextPass: ReturnType<typeof setTimeout> | undefined;
  /** What a card is shown as, noted by the queue. */
  const showing = (card: AdapterCard): CardShown => {
    const estimate = shown(card);
    queue.shown(card, estimate);
    return estimate;
  };
  /**
   * Badges the cards due (`all`: the page's cards, in page order), a pass's worth of new ones, the cards on screen
   * first; the rest in later passes. Returns the cards it took, in that order, and how many badges changed.
   */
  const badgeCards = (all: readonly AdapterCard[], more: () => boolean, waiting: boolean): { cards: AdapterCard[]; changed: number } => {
    const cards = queue.take(CARDS_PER_PASS, (wanted, most) => scroll.pick(all, wanted, most));
    const { changed, left } = cardBadges.sync(cards, showing, CARDS_PER_PASS, more);
    queue.add(cards.slice(cards.length - left));
    // Cards not badged yet, or changes to the page not read yet: another pass.
    if ((left > 0 || waiting) && nextPass === undefined) {
      nextPass = setTimeout(() => afterNextFrame(() => {
        nextPass = undefined;
        if (live) page.syncCards();
      }, undefined, undefined, page.needsFrame), NEXT_PASS_MS);
    }
    return { cards, changed };
  };

  /** A page too large to read gets the badge saying so, and the background the reason; nothing else is read. */
  async function refuse(url: string, reason: string): Promise<PageRead> {
    const read: PageRead = { url, kind: 'none', source: null, posting: null, jobId: null, cards: [], reason };
    const key = JSON.stringify(read);
    if (key === last && badge?.host.isConnected) return read;
    last = key;
    ++generation;
    // No search of the page for other badges of ours: on a page this large that alone is a long task.
    badge?.remove();
    badge = mountBadge(doc, null, { state: 'too-large' }, t, openSidebar, false);
    await sendPosting(read);
    return read;
  }

  // How much the page may grow before a pass counts it again (null: count it), and whether it was too large to
  // read when last counted (then passes wait for a full run to count it again).
  let room: { elements: number; text: number } | null = null;
  let over = false;
  /** Whether the page is past the limits now: counted only when what it added could have taken it there. */
  const tooLargeNow = (): boolean => {
    if (over) return true;
    const grown = tracker.growth();
    if (room) {
      room = { elements: room.elements - grown.elements, text: room.text - grown.text };
      if (room.elements >= 0 && room.text >= 0) return false;
    }
    room = pageRoom(doc);
    over = room === null;
    return over;
  };

  /** Why the page is too large to read, or null: at once on a page within the limits, else counted in slices. */
  const tooLarge = (): string | null | Promise<string | null> => inSlices(pageSizeStep(doc));

  const page = {
    /** Card badges only (cheap): for cards added or recycled between two full runs; unknown titles are asked for. */
    syncCards(): number {
      const url = currentUrl();
      const more = sliceClock(passMs);
      if (tooLargeNow()) return 0;
      const found = tracker.find(url, adapterAt(url), more);
      queue.add(found.fresh);
      const { cards, changed } = badgeCards(found.cards, more, found.waiting);
      void askForCards(cards);
      return changed;
    },
    /** Reads the page; sends it to the background when it changed (or when forced). Resolves once the answer is drawn. */
    async run(force = false): Promise<PageRead> {
      const url = currentUrl();
      const size = tooLarge();
      const reason = size instanceof Promise ? await size : size;
      over = reason !== null;
      room = null;
      if (reason) return refuse(url, reason);
      const more = sliceClock(passMs);
      const adapter = adapterAt(url);
      // Forced (the person asked again): the cards are read whole, not from what changed.
      const found = tracker.find(url, adapter, more, force);
      // Forced: every badge is checked, not only those of the cards read anew.
      queue.add(force ? found.cards : found.fresh);
      const read = readPage(doc, url, adapter, found);
      const key = JSON.stringify({ ...read, cards: read.cards.slice(0, CARD_BATCH) });
      if (!force && key === last && (badge?.host.isConnected ?? read.kind === 'listing')) {
        badgeCards(found.cards, more, found.waiting);
        return read;
      }
      last = key;
      const mine = ++generation;
      // A listing with no job open gets no badge (its cards have theirs).
      if (read.kind === 'listing' && !read.posting) {
        badge?.remove();
        badge = null;
      } else {
        badge = mountBadge(doc, adapter?.titleAnchor(doc) ?? null, unreadable(read), t, openSidebar);
      }
      // The posting (with the first cards of unknown title, those on screen first) is sent before the cards' badges
      // are placed: the background answers while they are.
      const first = unknown(scroll.pick(found.cards, (c) => !byTitle.has(c.title) && !asked.has(c.title)));
      const answering = sendPosting(boundRead({ ...read, cards: asBatch(first) }));
      badgeCards(found.cards, more, found.waiting);
      const answer = await answering;
      if (mine !== generation) return read;
      if (answer.ok) {
        learn(first, answer.data.cards);
        const figures = answer.data.badge;
        // A posting read whole that lists no duty has no figure, and says so (not "couldn't read").
        badge?.show(figures ? { state: 'ready', figures } : { state: read.posting ? 'no-duties' : 'unreadable' });
        const card = figures && read.posting ? cardOfPosting(found.cards, read.jobId, url, read.posting.title) : null;
        if (card && figures) {
          postings.set(card.id, figures);
          queue.add([card]);
        }
      } else {
        badge?.show({ state: 'unreadable' });
      }
      page.syncCards();
      return read;
    },
    /** Whether a pass must wait for a frame: it will read boxes (scroll order), or the tab is hidden (no pass till it shows). */
    needsFrame: (): boolean => doc.visibilityState === 'hidden' || scroll.readsBoxes(),
    /** The posting region's tag/class outline (no text), for a "read wrong" report. */
    outline(): PageOutline | null {
      const url = currentUrl();
      return pageOutline(doc, url, adapterAt(url));
    },
    remove(): void {
      live = false;
      generation++;
      clearTimeout(nextPass);
      clearTimeout(retry);
      tracker.stop();
      scroll.stop();
      badge?.remove();
      badge = null;
      cardBadges.remove();
    },
  };
  return page;
}

/** Mutations made by our own badges must not trigger a re-run. */
export function isOwnMutation(record: MutationRecord): boolean {
  if (isOurHost(record.target)) return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.length > 0 && nodes.every(isOurHost);
}

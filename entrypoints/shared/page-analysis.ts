import { pageSizeStep, readPage } from '../../engine/read';
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
import { inScrollOrder } from './scroll-order';
import { t } from './page-i18n';
import { afterNextFrame, inSlices, sliceClock } from './slices';

// New card badges placed per pass, and the pause before the next pass: at most ≈600 a second, so a page adding
// thousands of cards at once isn't stalled by them (the cards on screen come first: scroll-order.ts).
const CARDS_PER_PASS = 150;
const NEXT_PASS_MS = 250;

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
      if (f) byTitle.set(card.title, estimateOf(f));
    }
  };
  const asBatch = (cards: readonly AdapterCard[]) => cards.map((c) => boundCard({ id: c.id, title: c.title, company: c.company }));

  /** Estimates for cards not known yet, a batch at a time, one batch in flight. */
  async function askForCards(cards: readonly AdapterCard[]): Promise<void> {
    if (cardsInFlight) return;
    const unknown = [...new Map(cards.filter((c) => !byTitle.has(c.title) && !asked.has(c.title)).map((c) => [c.title, c])).values()].slice(0, CARD_BATCH);
    if (unknown.length === 0) return;
    cardsInFlight = true;
    for (const card of unknown) asked.add(card.title);
    const answer = await sendCards(asBatch(unknown));
    cardsInFlight = false;
    if (answer.ok) learn(unknown, answer.data.cards);
    else for (const card of unknown) asked.delete(card.title);
    page.syncCards();
  }


  let nextPass: ReturnType<typeof setTimeout> | undefined;
  /** Badges the cards, a pass's worth of new ones; the rest in later passes. */
  let unbadged = 0;
  /** Order matters only while a pass can't badge (or ask for) every card: then the ones on screen go first. */
  const ordered = (cards: readonly AdapterCard[]): readonly AdapterCard[] => (unbadged > 0 || cards.length > CARDS_PER_PASS ? inScrollOrder(cards) : cards);
  const badgeCards = (cards: readonly AdapterCard[], more: () => boolean, waiting: boolean): number => {
    const { changed, left } = cardBadges.sync(cards, shown, CARDS_PER_PASS, more);
    unbadged = left;
    // Cards not badged yet, or changes to the page not read yet: another pass.
    if ((left > 0 || waiting) && nextPass === undefined) {
      nextPass = setTimeout(() => afterNextFrame(() => {
        nextPass = undefined;
        if (live) page.syncCards();
      }), NEXT_PASS_MS);
    }
    return changed;
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

  /** Why the page is too large to read, or null: at once on a page within the limits, else counted in slices. */
  const tooLarge = (): string | null | Promise<string | null> => inSlices(pageSizeStep(doc));

  const page = {
    /** Card badges only (cheap): for cards added or recycled between two full runs; unknown titles are asked for. */
    syncCards(): number {
      const url = currentUrl();
      const more = sliceClock(passMs);
      // One step: past the element limit the page is too large, whatever its exact count.
      if (pageSizeStep(doc)(() => false) !== null) return 0;
      const found = tracker.find(url, adapterAt(url), more);
      const cards = ordered(found.cards);
      const changed = badgeCards(cards, more, found.waiting);
      void askForCards(cards);
      return changed;
    },
    /** Reads the page; sends it to the background when it changed (or when forced). Resolves once the answer is drawn. */
    async run(force = false): Promise<PageRead> {
      const url = currentUrl();
      const size = tooLarge();
      const reason = size instanceof Promise ? await size : size;
      if (reason) return refuse(url, reason);
      const more = sliceClock(passMs);
      const adapter = adapterAt(url);
      // Forced (the person asked again): the cards are read whole, not from what changed.
      const found = tracker.find(url, adapter, more, force);
      const read = readPage(doc, url, adapter, found);
      const cards = ordered(found.cards);
      badgeCards(cards, more, found.waiting);
      const key = JSON.stringify({ ...read, cards: read.cards.slice(0, CARD_BATCH) });
      if (!force && key === last && (badge?.host.isConnected ?? read.kind === 'listing')) return read;
      last = key;
      const mine = ++generation;
      // A listing with no job open gets no badge (its cards have theirs).
      if (read.kind === 'listing' && !read.posting) {
        badge?.remove();
        badge = null;
      } else {
        badge = mountBadge(doc, adapter?.titleAnchor(doc) ?? null, unreadable(read), t, openSidebar);
      }
      const first = cards.filter((c) => !byTitle.has(c.title)).slice(0, CARD_BATCH);
      const answer = await sendPosting(boundRead({ ...read, cards: asBatch(first) }));
      if (mine !== generation) return read;
      if (answer.ok) {
        learn(first, answer.data.cards);
        const figures = answer.data.badge;
        badge?.show(figures ? { state: 'ready', figures } : { state: 'unreadable' });
        const card = figures && read.posting ? cardOfPosting(cards, read.jobId, url, read.posting.title) : null;
        if (card && figures) postings.set(card.id, figures);
      } else {
        badge?.show({ state: 'unreadable' });
      }
      page.syncCards();
      return read;
    },
    /** The posting region's tag/class outline (no text), for a "read wrong" report. */
    outline(): PageOutline | null {
      const url = currentUrl();
      return pageOutline(doc, url, adapterAt(url));
    },
    remove(): void {
      live = false;
      generation++;
      clearTimeout(nextPass);
      tracker.stop();
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

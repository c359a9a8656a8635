import type { AdapterCard } from '../../engine/adapter';
import type { CardShown } from '../../components/CardBadge';
import { cardHintOnFocus, createCardBadgeHost, renderCardBadge } from '../../components/CardBadgeHost';
import { hostSelector, isOurHost } from '../../components/badge-host';
import type { Translate } from '../../components/i18n';

interface Slot {
  key: string;
  host: HTMLElement;
}

// Headings and title-classed elements first; links and <strong> only when no heading holds the title.
const TITLE_GROUPS = ['h1,h2,h3,h4,h5,h6,[class*="title" i]', 'strong,a'];
const HIDDEN = /sr-only|visually-hidden/;
const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

function smallestHolding(card: Element, selector: string, wanted: string): Element | null {
  let best: Element | null = null;
  let bestLength = Infinity;
  for (const el of card.querySelectorAll(selector)) {
    const text = el.textContent ?? '';
    if (text.length < bestLength && !HIDDEN.test(el.getAttribute('class') ?? '') && squash(text).includes(wanted)) {
      best = el;
      bestLength = text.length;
    }
  }
  return best;
}

/** A link around the title goes whole, so the badge isn't inside the link. */
function outsideLink(card: Element, el: Element | null): Element | null {
  const link = el?.closest('a');
  return link && link !== card && card.contains(link) ? link : el;
}

/** The smallest element holding the title, for adapters that don't say which element they read it from. */
function titleSpot(card: Element, title: string): Element | null {
  const wanted = squash(title);
  let best: Element | null = null;
  for (const group of TITLE_GROUPS) best ??= smallestHolding(card, group, wanted);
  return best;
}

function place({ element: card, title, titleElement }: AdapterCard, host: HTMLElement): void {
  const own = titleElement && titleElement !== card && card.contains(titleElement) ? titleElement : null;
  const spot = outsideLink(card, own ?? titleSpot(card, title));
  if (spot && spot !== card) spot.after(host);
  else card.append(host);
}

const CARD_HOSTS = hostSelector('card');
// New badges a pass places whatever its clock says, so a page whose cards take long to find still gets some.
const FEWEST = 10;
// Cards looked at between two looks at the pass's clock (those already badged right cost a lookup each).
const CHECKED_PER_LOOK = 256;

function removeStrays(card: Element, ours: WeakSet<Element>): void {
  // One static lookup first: almost every card holds none.
  if (!card.querySelector(CARD_HOSTS)) return;
  for (const el of card.querySelectorAll(CARD_HOSTS)) if (!ours.has(el)) el.remove();
}

/** Cards repeat a handful of messages: each key and substitution is looked up once while the page lives. */
function memoTranslate(t: Translate): Translate {
  const seen = new Map<string, string>();
  return (key, subs) => {
    const id = subs ? `${key}\u0000${subs.join('\u0000')}` : key;
    let text = seen.get(id);
    if (text === undefined) seen.set(id, (text = t(key, subs)));
    return text;
  };
}

/**
 * Exactly one badge per card element. A WeakMap remembers which card id each element showed, so a list
 * that recycles elements for other jobs gets its badge updated, and unchanged cards cost one lookup.
 */
export function createCardBadges(doc: Document, t: Translate) {
  const slots = new WeakMap<Element, Slot>();
  const ours = new WeakSet<Element>();
  const say = memoTranslate(t);
  const stopHints = cardHintOnFocus(doc, (node) => ours.has(node));

  return {
    /**
     * Badges the cards in turn with what `shown` says of each, but places at most `room` new badges, and past the
     * first FEWEST only while `more()` says the pass has time left: it stops at the first card it has no room or
     * time for (the rest wait for a later pass, so a page adding thousands of cards isn't stalled). Returns how many
     * badges were created or changed, and how many cards at the end it left (not looked at).
     */
    sync(cards: readonly AdapterCard[], shown: (card: AdapterCard) => CardShown, room = Infinity, more: () => boolean = () => true): { changed: number; left: number } {
      const toPlace: { card: AdapterCard; host: HTMLElement }[] = [];
      let changed = 0;
      let left = 0;
      for (const [i, card] of cards.entries()) {
        if (i > 0 && i % CHECKED_PER_LOOK === 0 && !more()) {
          left = cards.length - i;
          break;
        }
        if (!card.element.isConnected) continue;
        const slot = slots.get(card.element);
        const placed = slot !== undefined && slot.host.parentNode !== null && card.element.contains(slot.host);
        if (!placed && (toPlace.length >= room || (toPlace.length >= FEWEST && !more()))) {
          left = cards.length - i;
          break;
        }
        const estimate = shown(card);
        const key = `${card.id}|${estimate.source}|${estimate.exposure}`;
        if (placed && slot.key === key) continue;
        const host = slot?.host ?? createCardBadgeHost(doc);
        ours.add(host);
        // Copies of our host made by the page (cloned card markup) have no shadow root and stale figures; an
        // element whose badge is still in place got none since.
        if (!placed) removeStrays(card.element, ours);
        renderCardBadge(host, card.id, estimate, say);
        if (!placed) toPlace.push({ card, host });
        slots.set(card.element, { key, host });
        changed++;
      }
      // Inserted together after every badge is filled in, so the page restyles once.
      for (const { card, host } of toPlace) place(card, host);
      return { changed, left };
    },
    remove(): void {
      stopHints();
      for (const host of doc.querySelectorAll(CARD_HOSTS)) if (isOurHost(host)) host.remove();
    },
  };
}

export type CardBadges = ReturnType<typeof createCardBadges>;

/** The card of the posting on screen: the adapter's job id, else a card id in the URL — with the same title, so a half-swapped detail pane matches nothing. */
export function cardOfPosting(cards: readonly AdapterCard[], jobId: string | null, url: string, title: string): AdapterCard | null {
  const sameTitle = (card: AdapterCard) => {
    const a = squash(card.title);
    const b = squash(title);
    return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
  };
  if (jobId) {
    const byId = cards.find((c) => c.id === jobId);
    if (byId) return sameTitle(byId) ? byId : null;
  }
  const tokens = new Set([...url.split(/[^A-Za-z0-9_-]+/), ...url.split(/[^A-Za-z0-9]+/)]);
  return cards.find((c) => tokens.has(c.id) && sameTitle(c)) ?? null;
}

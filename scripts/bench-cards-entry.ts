// Bundled into the page by scripts/bench-cards.ts: the content script's card-badge code on a real DOM. The
// estimates come from the background (one message for 100 titles); here they are a given map, as on arrival.
import type { CardShown } from '../components/CardBadge';
import { createCardBadges } from '../entrypoints/shared/card-badges';
import { linkedin } from '../sites/linkedin';
import { median, timed } from './bench-stats';

const URL_ = new URL('https://www.linkedin.com/jobs/data-engineer-jobs-new-york');
const t = (key: string, subs?: string[]) => `${key} ${subs?.join(' ') ?? ''}`;

// Marks in the browser's trace: their thread clock gives the main thread's CPU time per phase, steady on a busy machine.
const mark = (name: string): void => console.timeStamp(`bench:${name}`);

/** Grows the list to `n` cards (copies with new ids) so the page holds what a long listing would. */
function grow(n: number): void {
  const cards0 = linkedin.findCards(document, URL_);
  const list = cards0[0]!.element.closest('ul')!;
  const items = cards0.map((c) => c.element.closest('li') ?? c.element);
  for (let i = cards0.length; i < n; i++) {
    const copy = items[i % items.length]!.cloneNode(true) as Element;
    const card = copy.matches('[data-entity-urn]') ? copy : copy.querySelector('[data-entity-urn]')!;
    card.setAttribute('data-entity-urn', `urn:li:jobPosting:${9000000000 + i}`);
    list.append(copy);
  }
}

let prepared: Map<string, CardShown> | null = null;

/** The page grown to `n` cards, and the background's answer for their titles (figures as it sends them). */
export function prepare(n: number): void {
  grow(n);
  prepared = new Map(linkedin.findCards(document, URL_).map((c, i) => [c.title, { source: 'title-prior' as const, exposure: (i % 90) / 100 + 0.05, label: 'augmentable' as const }]));
  void document.body.offsetHeight;
}

/**
 * One full card pass on a fresh page, in a later task than prepare(), as the content script runs it once the
 * answer is in: find the cards, look each up, create the badges, then force the style and layout they cause.
 */
export function run(rounds: number) {
  const known = prepared;
  if (!known) throw new Error('prepare() first');
  const badges = createCardBadges(document, t);
  const shown = (card: { title: string }): CardShown => known.get(card.title) ?? { source: 'pending', exposure: null, label: null };

  mark('t0');
  const t0 = performance.now();
  let cards = linkedin.findCards(document, URL_);
  const t1 = performance.now();
  mark('t1');
  for (const c of cards) shown(c);
  const t2 = performance.now();
  mark('t2');
  badges.sync(cards, shown);
  const t3 = performance.now();
  mark('t3');
  void document.body.offsetHeight;
  const t4 = performance.now();
  mark('t4');

  const unchangedMs = median(Array.from({ length: rounds }, () => timed(() => badges.sync(linkedin.findCards(document, URL_), shown))));
  const recycled: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cards.entries()) c.element.setAttribute('data-entity-urn', `urn:li:jobPosting:${8000000000 + r * 1000 + i}`);
    recycled.push(timed(() => badges.sync(linkedin.findCards(document, URL_), shown)));
  }
  cards = linkedin.findCards(document, URL_);
  const hosts = document.querySelectorAll('[data-skillshift="card"]').length;
  return {
    cards: cards.length,
    hosts,
    totalMs: t4 - t0,
    findCardsMs: t1 - t0,
    titlesMs: t2 - t1,
    createMs: t3 - t2,
    layoutMs: t4 - t3,
    unchangedMs,
    recycledMs: median(recycled),
  };
}

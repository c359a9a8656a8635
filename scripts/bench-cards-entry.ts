// Bundled into the page by scripts/bench-cards.ts: the content script's card-badge code on a real DOM.
import { cardEstimate } from '../engine/cards';
import { loadTitleIndex, prepareTitleIndex } from '../engine/titles/match';
import type { ExposureSummary } from '../engine/types';
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

/**
 * One full card pass on a fresh page, in a later task than prepare(), as the content script runs it: find the
 * cards, estimate each (title memo cold), create the badges, then force the style and layout they cause.
 */
let prepared: { titleIndexMs: number; warmUpMs: number } | null = null;

/** The page grown to `n` cards and the title index built: its own task, as the content script runs it when idle. */
export function prepare(n: number): void {
  grow(n);
  mark('i0');
  const titleIndexMs = timed(() => void loadTitleIndex());
  mark('i1');
  const warmUpMs = timed(() => void prepareTitleIndex());
  mark('i2');
  void document.body.offsetHeight;
  prepared = { titleIndexMs, warmUpMs };
}

export function run(rounds: number) {
  if (!prepared) throw new Error('prepare() first');
  const { titleIndexMs, warmUpMs } = prepared;
  const badges = createCardBadges(document, t);
  const postings = new Map<string, ExposureSummary>();

  mark('t0');
  const t0 = performance.now();
  let cards = linkedin.findCards(document, URL_);
  const t1 = performance.now();
  mark('t1');
  for (const c of cards) cardEstimate(c.title, postings.get(c.id));
  const t2 = performance.now();
  mark('t2');
  badges.sync(cards, postings);
  const t3 = performance.now();
  mark('t3');
  void document.body.offsetHeight;
  const t4 = performance.now();
  mark('t4');

  const unchangedMs = median(Array.from({ length: rounds }, () => timed(() => badges.sync(linkedin.findCards(document, URL_), postings))));
  const recycled: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cards.entries()) c.element.setAttribute('data-entity-urn', `urn:li:jobPosting:${8000000000 + r * 1000 + i}`);
    recycled.push(timed(() => badges.sync(linkedin.findCards(document, URL_), postings)));
  }
  cards = linkedin.findCards(document, URL_);
  const hosts = document.querySelectorAll('skillshift-card-badge').length;
  return {
    cards: cards.length,
    hosts,
    titleIndexMs,
    warmUpMs,
    totalMs: t4 - t0,
    findCardsMs: t1 - t0,
    titlesMs: t2 - t1,
    createMs: t3 - t2,
    layoutMs: t4 - t3,
    unchangedMs,
    recycledMs: median(recycled),
  };
}

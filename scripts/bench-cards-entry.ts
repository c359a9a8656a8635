// Bundled into the page by scripts/bench-cards.ts: the content script's card-badge code on a real DOM.
import { titleEstimate } from '../engine/cards';
import { createCardBadges } from '../entrypoints/shared/card-badges';
import { linkedin } from '../sites/linkedin';

const URL_ = new URL('https://www.linkedin.com/jobs/data-engineer-jobs-new-york');
const t = (key: string, subs?: string[]) => `${key} ${subs?.join(' ') ?? ''}`;

function timed(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Grows the list to `n` cards (copies with new ids), then times the card pass the content script runs. */
export function run(n: number, rounds: number) {
  const cards0 = linkedin.findCards(document, URL_);
  const list = cards0[0]!.element.closest('ul')!;
  const items = cards0.map((c) => c.element.closest('li') ?? c.element);
  for (let i = cards0.length; i < n; i++) {
    const copy = items[i % items.length]!.cloneNode(true) as Element;
    const card = copy.matches('[data-entity-urn]') ? copy : copy.querySelector('[data-entity-urn]')!;
    card.setAttribute('data-entity-urn', `urn:li:jobPosting:${9000000000 + i}`);
    list.append(copy);
  }
  const badges = createCardBadges(document, t);
  const postings = new Map();
  const titleIndexMs = timed(() => titleEstimate('warm the title index'));
  let cards = linkedin.findCards(document, URL_);
  const findCardsMs = median(Array.from({ length: rounds }, () => timed(() => void linkedin.findCards(document, URL_))));
  void document.body.offsetHeight;
  // Forcing layout right after counts the style and layout work the new shadow roots cause.
  const titlesMs = timed(() => cards.forEach((c) => titleEstimate(c.title)));
  const firstPassMs = timed(() => badges.sync(linkedin.findCards(document, URL_), postings));
  const layoutMs = timed(() => void document.body.offsetHeight);
  const unchangedMs = median(Array.from({ length: rounds }, () => timed(() => badges.sync(linkedin.findCards(document, URL_), postings))));
  const recycled: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const [i, c] of cards.entries()) c.element.setAttribute('data-entity-urn', `urn:li:jobPosting:${8000000000 + r * 1000 + i}`);
    recycled.push(timed(() => badges.sync(linkedin.findCards(document, URL_), postings)));
  }
  cards = linkedin.findCards(document, URL_);
  const hosts = document.querySelectorAll('skillshift-card-badge').length;
  return { cards: cards.length, hosts, titleIndexMs, findCardsMs, titlesMs, firstPassMs, layoutMs, unchangedMs, recycledMs: median(recycled) };
}

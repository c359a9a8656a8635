import { matchTitle } from './titles/match';
import type { CardEstimate, CardSummary, ExposureSummary } from './types';

export type { CardEstimate, CardSource } from './types';

const NONE: CardEstimate = { source: 'none', exposure: null, label: null };
// Listings repeat titles and re-render often: the title prior of a title never changes.
const MEMO_LIMIT = 2000;
const memo = new Map<string, CardEstimate>();

/** The title prior of a card title, or a neutral "none" — never a made-up score. */
export function titleEstimate(title: string): CardEstimate {
  const known = memo.get(title);
  if (known) return known;
  const match = title.trim() ? matchTitle(title) : null;
  const estimate: CardEstimate = match ? { source: 'title-prior', exposure: match.exposure.score, label: match.exposure.label } : NONE;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(title, estimate);
  return estimate;
}

/** The card's estimate: the analysed posting's exposure when there is one, else the title prior. */
export function cardEstimate(title: string, posting?: ExposureSummary | null): CardEstimate {
  return posting ? { source: 'posting', exposure: posting.score, label: posting.label } : titleEstimate(title);
}

/** The `cards` of an Analysis: each card with its title-prior figures (null when the title maps to nothing). */
export function cardSummaries(cards: ReadonlyArray<{ id: string; title: string; company: string | null }>): CardSummary[] {
  return cards.map(({ id, title, company }) => {
    const { exposure, label } = titleEstimate(title);
    return { id, title, company, exposure, label };
  });
}

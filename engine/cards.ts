import { matchTitle } from './titles/match';
import { correctionKey } from './titles/normalize';
import { occupationById, occupationRef } from './titles/occupations';
import { priorOf } from './titles/priors';
import type { CardEstimate, CardSummary, ExposureSummary, OccupationRef } from './types';

export type { CardEstimate, CardSource } from './types';

/** The person's own readings of titles: a title's cleaned key → the occupation id they chose for it. */
export type TitleCorrections = ReadonlyMap<string, string>;
export const NO_CORRECTIONS: TitleCorrections = new Map();

export { correctionKey };

export interface TitleReading {
  occupation: OccupationRef;
  exposure: ExposureSummary;
  /** The person chose this occupation for the title. */
  corrected: boolean;
}

const NONE: CardEstimate = { source: 'none', exposure: null, label: null, occupation: null };
// Listings repeat titles and re-render often: the reading of a title never changes (corrections are applied first).
const MEMO_LIMIT = 5000;
const memo = new Map<string, TitleReading | null>();

function matched(title: string): TitleReading | null {
  let known = memo.get(title);
  if (known !== undefined) return known;
  const match = title.trim() ? matchTitle(title) : null;
  known = match ? { occupation: occupationRef(match.occupation), exposure: match.exposure, corrected: false } : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(title, known);
  return known;
}

/** The occupation a title is read as — the person's correction first — with its prior exposure; null when none. */
export function readTitle(title: string, corrections: TitleCorrections = NO_CORRECTIONS): TitleReading | null {
  const chosen = corrections.size > 0 ? corrections.get(correctionKey(title)) : undefined;
  const occupation = chosen ? occupationById(chosen) : undefined;
  const exposure = occupation ? priorOf(occupation.id) : undefined;
  if (occupation && exposure) return { occupation: occupationRef(occupation), exposure, corrected: true };
  return matched(title);
}

/** The title prior of a card title, or a neutral "none" — never a made-up score. */
export function titleEstimate(title: string, corrections: TitleCorrections = NO_CORRECTIONS): CardEstimate {
  const reading = readTitle(title, corrections);
  return reading ? { source: 'title-prior', exposure: reading.exposure.score, label: reading.exposure.label, occupation: reading.occupation } : NONE;
}

/** The card's estimate: the analysed posting's exposure when there is one, else the title prior. */
export function cardEstimate(title: string, posting?: ExposureSummary | null, corrections: TitleCorrections = NO_CORRECTIONS): CardEstimate {
  const prior = titleEstimate(title, corrections);
  return posting ? { source: 'posting', exposure: posting.score, label: posting.label, occupation: prior.occupation ?? null } : prior;
}

/** The `cards` of an Analysis: each card with its title-prior figures and occupation (null when the title maps to nothing). */
export function cardSummaries(cards: ReadonlyArray<{ id: string; title: string; company: string | null }>, corrections: TitleCorrections = NO_CORRECTIONS): CardSummary[] {
  return cards.map(({ id, title, company }) => {
    const { exposure, label, occupation = null } = titleEstimate(title, corrections);
    return { id, title, company, exposure, label, occupation };
  });
}

// The background's answers to a job page, checked by hand: the content script carries no Zod (building schemas
// cost every matched page milliseconds before it read anything). tests/unit/page-replies.test.ts holds these
// checks to page-read.ts's schemas, which the background answers by.
import { LABELS, type Label } from '../engine/types';
import type { BadgeFigures, CardFigures, CardOccupation, CardsReply, PostingReply } from './page-read';

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isExposure = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isLabel = (v: unknown): v is Label => (LABELS as readonly unknown[]).includes(v);

function badgeFigures(v: unknown): BadgeFigures | undefined {
  if (!isFields(v) || !isExposure(v.score) || !isLabel(v.label) || !isCount(v.unclear) || !isFields(v.counts)) return undefined;
  const { automatable, augmentable, 'human-led': humanLed } = v.counts;
  if (!isCount(automatable) || !isCount(augmentable) || !isCount(humanLed)) return undefined;
  return { score: v.score, label: v.label, counts: { automatable, augmentable, 'human-led': humanLed }, unclear: v.unclear };
}

function cardOccupation(v: unknown): CardOccupation | undefined {
  if (!isFields(v) || !isText(v.en, 300) || !isText(v.zh, 300) || !(v.soc === null || isText(v.soc, 20))) return undefined;
  if (!(v.cn === undefined || isText(v.cn, 20)) || !(v.new === undefined || Number.isSafeInteger(v.new))) return undefined;
  return { en: v.en, zh: v.zh, soc: v.soc, ...('cn' in v ? { cn: v.cn } : {}), ...('new' in v ? { new: v.new as number | undefined } : {}) };
}

function cardFigures(v: unknown): CardFigures | undefined {
  if (!isFields(v) || !isText(v.id, 200) || !(v.exposure === null || isExposure(v.exposure)) || !(v.label === null || isLabel(v.label))) return undefined;
  const occupation = v.occupation === null ? null : cardOccupation(v.occupation);
  return occupation === undefined ? undefined : { id: v.id, exposure: v.exposure, label: v.label, occupation };
}

function cardList(v: unknown): CardFigures[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const cards = v.map(cardFigures);
  return cards.every((c) => c !== undefined) ? cards : undefined;
}

/** The answer to content:posting, or undefined when it isn't one. */
export function postingReply(v: unknown): PostingReply | undefined {
  if (!isFields(v)) return undefined;
  const badge = v.badge === null ? null : badgeFigures(v.badge);
  const cards = cardList(v.cards);
  return badge === undefined || cards === undefined ? undefined : { badge, cards };
}

/** The answer to content:cards, or undefined when it isn't one. */
export function cardsReply(v: unknown): CardsReply | undefined {
  const cards = isFields(v) ? cardList(v.cards) : undefined;
  return cards === undefined ? undefined : { cards };
}

// The bounds of what a job page's content script sends, and the cutting to them. No Zod here: the content
// script imports this, and the schemas that check the same bounds (page-read.ts, whose types are the engine's:
// page-read.ts checks they are the same) stay in the background.
import type { CardRead, PageRead } from '../engine/types';

/** Bounds a hostile page can't push past: the content script cuts to them, the background refuses more. */
export const READ_LIMITS = { text: 500, line: 20_000, lines: 1_500, sections: 200, cards: 200, url: 4_096 } as const;

/** Cards go to the background in batches of at most this many per message. */
export const CARD_BATCH = READ_LIMITS.cards;

const cut = (s: string, max: number = READ_LIMITS.text): string => (s.length > max ? s.slice(0, max) : s);
const cutOrNull = (s: string | null): string | null => (s === null ? null : cut(s));

/** Cut a read to READ_LIMITS (a huge or hostile page loses its excess, never the message). */
export function boundRead(read: PageRead): PageRead {
  let room = READ_LIMITS.lines;
  const posting = read.posting && {
    title: cut(read.posting.title),
    company: cutOrNull(read.posting.company),
    location: cutOrNull(read.posting.location),
    language: cut(read.posting.language, 35),
    sections: read.posting.sections.slice(0, READ_LIMITS.sections).flatMap((s) => {
      const lines = s.lines.slice(0, Math.max(0, room)).map((l) => cut(l, READ_LIMITS.line));
      room -= lines.length;
      return lines.length > 0 || s.heading ? [{ heading: cutOrNull(s.heading), kind: s.kind, lines }] : [];
    }),
  };
  return {
    url: cut(read.url, READ_LIMITS.url),
    kind: read.kind,
    source: read.source,
    posting,
    jobId: read.jobId === null ? null : cut(read.jobId, 200),
    cards: read.cards.slice(0, READ_LIMITS.cards).map(boundCard),
    ...(read.reason === undefined ? {} : { reason: cut(read.reason, 1_000) }),
    ...(read.adapterError ? { adapterError: { ...read.adapterError, adapter: cut(read.adapterError.adapter, 40), message: cut(read.adapterError.message, 1_000) } } : {}),
  };
}

export function boundCard(card: CardRead): CardRead {
  return { id: cut(card.id, 200), title: cut(card.title), company: cutOrNull(card.company) };
}

/**
 * How much of an analysis SkillShift keeps (in the tab's session store, in history, in messages). A hostile or
 * huge page loses its excess, never the analysis: bound.ts cuts to these, the schemas refuse anything longer.
 * No smaller than messaging/page-read.ts's READ_LIMITS, so what a page may send can always be kept.
 */
export const STORE_LIMITS = {
  url: 4_096,
  /** Title, company, location, a card's title. */
  text: 500,
  language: 35,
  id: 200,
  /** A duty, requirement or benefit as the panel lists it (the engine cuts at 300 and adds "…"). */
  item: 400,
  /** One line of the posting as read. */
  line: 1_000,
  lines: 1_500,
  tasks: 200,
  items: 500,
  cards: 200,
  skills: 300,
  /** Rule ids, terms, gig phrases. */
  tag: 300,
  tags: 50,
  reason: 1_000,
  /** One analysis, as UTF-8 JSON: its lines go first, then its cards, until it fits. */
  analysisBytes: 256 * 1024,
} as const;

/** History keeps the newest postings up to both limits; older ones are dropped (the panel says so). */
export const HISTORY_LIMITS = { postings: 200, bytes: 4 * 1024 * 1024 } as const;

/** chrome.storage.session holds 10 MB for the whole extension: the tabs' analyses share this much of it. */
export const SESSION_LIMITS = { bytes: 8 * 1024 * 1024 } as const;

const encoder = new TextEncoder();
/** Bytes of `value` as UTF-8 JSON: what a stored copy costs, near enough. */
export const jsonBytes = (value: unknown): number => encoder.encode(JSON.stringify(value) ?? '').length;

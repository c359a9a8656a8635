// What a job page's content script sends the background (the posting as read, the job cards) and what it gets
// back (the badge figures), as the background checks them (Zod Mini, as the messages' part of protocol.ts). The
// content script carries no Zod: it cuts what it sends with page-limits.ts and checks the answers with
// page-replies.ts, whose test holds it to these schemas.
import * as z from 'zod/mini';
import type { Exact } from '../engine/exact';
import type { Language } from '../engine/language';
import { LABELS, READER_SOURCES, SECTION_KINDS, type PageRead as EnginePageRead } from '../engine/types';
import { READ_LIMITS } from './page-limits';

const text = (max: number = READ_LIMITS.text) => z.string().check(z.maxLength(max));

export const SectionReadSchema = z.object({
  heading: z.nullable(text()),
  kind: z.enum(SECTION_KINDS),
  lines: z.array(text(READ_LIMITS.line)).check(z.maxLength(READ_LIMITS.lines)),
});

export const PostingReadSchema = z.object({
  title: text(),
  company: z.nullable(text()),
  location: z.nullable(text()),
  language: text(35) as z.ZodMiniType<Language>,
  sections: z.array(SectionReadSchema).check(z.maxLength(READ_LIMITS.sections)),
});
export type PostingRead = z.infer<typeof PostingReadSchema>;

export const CardReadSchema = z.object({ id: text(200), title: text(), company: z.nullable(text()) });
export type CardRead = z.infer<typeof CardReadSchema>;
const Cards = z.array(CardReadSchema).check(z.maxLength(READ_LIMITS.cards));

const SourceSchema = z.union([z.enum(READER_SOURCES), z.templateLiteral(['site:', z.string().check(z.maxLength(40))])]);

/** One page as its content script read it: the posting on screen (if any) and the first job cards. */
export const PageReadSchema = z.object({
  url: text(READ_LIMITS.url),
  kind: z.enum(['posting', 'listing', 'none']),
  source: z.nullable(SourceSchema),
  posting: z.nullable(PostingReadSchema),
  /** The board's id of the job on screen: links the posting to its card; never stored. */
  jobId: z.nullable(text(200)),
  cards: Cards,
  /** Why nothing was read, when nothing was. */
  reason: z.optional(text(1_000)),
  /** The site adapter threw (the other readers were still tried). */
  adapterError: z.optional(z.object({ adapter: text(40), step: z.enum(['posting', 'cards']), message: text(1_000) })),
});
export type PageRead = z.infer<typeof PageReadSchema>;
// The schema and the engine's type say the same, nested fields included (engine/exact.ts).
const sameShape: Exact<PageRead, EnginePageRead> = true;
void sameShape;

const Exposure = z.number().check(z.gte(0), z.lte(1));
const Label = z.enum(LABELS);
const Count = z.int().check(z.gte(0));

/** What a posting's badge shows: the posting's own figures, nothing about the person. */
export const BadgeFiguresSchema = z.object({
  score: Exposure,
  label: Label,
  counts: z.object({ automatable: Count, augmentable: Count, 'human-led': Count }),
  unclear: Count,
});
export type BadgeFigures = z.infer<typeof BadgeFiguresSchema>;

/** The occupation a card's title was read as, as its hint names it. */
export const CardOccupationSchema = z.object({
  en: text(300),
  zh: text(300),
  soc: z.nullable(text(20)),
  cn: z.optional(text(20)),
  new: z.optional(z.int()),
});
export type CardOccupation = z.infer<typeof CardOccupationSchema>;

/** A card's estimate: its title's occupation prior, or none ("no estimate") — never a made-up figure. */
export const CardFiguresSchema = z.object({ id: text(200), exposure: z.nullable(Exposure), label: z.nullable(Label), occupation: z.nullable(CardOccupationSchema) });
export type CardFigures = z.infer<typeof CardFiguresSchema>;

export const PostingReplySchema = z.object({ badge: z.nullable(BadgeFiguresSchema), cards: z.array(CardFiguresSchema) });
export type PostingReply = z.infer<typeof PostingReplySchema>;
export const CardsReplySchema = z.object({ cards: z.array(CardFiguresSchema) });
export type CardsReply = z.infer<typeof CardsReplySchema>;

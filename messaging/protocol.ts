import { z } from 'zod';
import { AnalysisSchema, HistoryItemSchema, LearningItemSchema, ProfileSchema, StorageStatusSchema } from '../schemas/records';
import { UserRulesSchema } from '../engine/rules/user-rules-schema';
import { OUTLINE_LIMITS, type OutlineNode } from '../engine/outline';
import { CardReadSchema, CardsReplySchema, PageReadSchema, PostingReplySchema } from './page-read';
import { READ_LIMITS } from './page-limits';

// The shapes the extension pages are shown (components import them from here, never from storage/).
export type { HistoryItem, LearningItem, Profile, ProfileSkill, StorageStatus, SyncStatus } from '../schemas/records';
/** What went wrong with storage, as the pages are told. */
export type StorageFault = NonNullable<z.infer<typeof StorageStatusSchema>['fault']>;

const OutlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.object({ el: z.string().max(500), repeat: z.number().int().positive().optional(), kids: z.array(OutlineNodeSchema).max(OUTLINE_LIMITS.nodes).optional() }),
);
/** What a tab's content script says of the posting region's layout: tags, ids and classes, no text. */
const PageOutlineSchema = z.object({ path: z.array(z.string().max(500)).max(200), region: OutlineNodeSchema, cut: z.number().int().nonnegative() });

/** Every message, named `<sender>:<what>`: content → background, ui (extension pages) → background, bg → tab/pages. */
export const MessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('content:posting'), read: PageReadSchema }),
  z.object({ type: z.literal('content:cards'), cards: z.array(CardReadSchema).max(READ_LIMITS.cards) }),
  z.object({ type: z.literal('content:openSidebar') }),
  z.object({ type: z.literal('ui:getTabAnalysis'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ui:listHistory'), limit: z.number().int().positive().max(100).optional(), before: z.number().optional() }),
  z.object({ type: z.literal('ui:getStorageStatus') }),
  z.object({ type: z.literal('ui:getProfile') }),
  z.object({ type: z.literal('ui:saveProfile'), profile: ProfileSchema }),
  z.object({ type: z.literal('ui:importProfile'), text: z.string().max(1_000_000) }),
  z.object({ type: z.literal('ui:getLearningList') }),
  z.object({ type: z.literal('ui:saveLearningItem'), item: LearningItemSchema }),
  z.object({ type: z.literal('ui:removeLearningItem'), courseId: z.string().min(1) }),
  z.object({ type: z.literal('ui:markCourseDone'), courseId: z.string().min(1) }),
  z.object({ type: z.literal('ui:deleteMyData') }),
  z.object({ type: z.literal('ui:getUserRules') }),
  z.object({ type: z.literal('ui:saveUserRules'), userRules: UserRulesSchema }),
  z.object({ type: z.literal('ui:getPageOutline'), tabId: z.number().int().nonnegative() }),
  z.object({ type: z.literal('bg:analyze') }),
  z.object({ type: z.literal('bg:outline') }),
  z.object({ type: z.literal('bg:tabAnalysisChanged'), tabId: z.number().int().nonnegative() }),
]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export const MESSAGE_TYPES = MessageSchema.options.map((o) => o.shape.type.value) as MessageType[];

/** What each message answers with inside `{ ok: true, data }`. */
export const ResponseSchemas = {
  'content:posting': PostingReplySchema,
  'content:cards': CardsReplySchema,
  'content:openSidebar': z.object({ opened: z.enum(['sidePanel', 'sidebar', 'tab']) }),
  'ui:getTabAnalysis': z.object({ analysis: AnalysisSchema.nullable() }),
  'ui:listHistory': z.object({ items: z.array(HistoryItemSchema).max(100), more: z.boolean() }),
  'ui:getStorageStatus': StorageStatusSchema,
  'ui:getProfile': z.object({ profile: ProfileSchema }),
  'ui:saveProfile': z.object({ profile: ProfileSchema }),
  'ui:importProfile': z.object({ profile: ProfileSchema }),
  'ui:getLearningList': z.object({ items: z.array(LearningItemSchema) }),
  'ui:saveLearningItem': z.object({ items: z.array(LearningItemSchema) }),
  'ui:removeLearningItem': z.object({ items: z.array(LearningItemSchema) }),
  'ui:markCourseDone': z.object({ items: z.array(LearningItemSchema), profile: ProfileSchema }),
  'ui:deleteMyData': z.object({}),
  'ui:getUserRules': z.object({ userRules: UserRulesSchema }),
  'ui:saveUserRules': z.object({ userRules: UserRulesSchema }),
  'ui:getPageOutline': z.object({ outline: PageOutlineSchema.nullable() }),
  'bg:analyze': z.object({ sent: z.boolean() }),
  'bg:outline': z.object({ outline: PageOutlineSchema.nullable() }),
  'bg:tabAnalysisChanged': z.object({}),
} satisfies { [K in MessageType]: z.core.$ZodType };
export type ResponseOf<T extends MessageType> = z.core.output<(typeof ResponseSchemas)[T]>;

/** A failed reply may carry a code the UI turns into its own message (e.g. "storage-full"). */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string; code?: string };

export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string(), code: z.string().max(40).optional() }),
]);

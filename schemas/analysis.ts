import { z } from 'zod';
import type { Language } from '../engine/language';
import { GIG_ASPECTS, GIG_KINDS, LABELS, LINE_ROLES, READER_SOURCES, SECTION_KINDS, type Analysis, type Source } from '../engine/types';
import { STORE_LIMITS as L } from './limits';
import type { Exact } from '../engine/exact';

// The engine owns these shapes (engine/types.ts); the schema adds the bounds. `Exact` below fails the typecheck on
// any drift, nested fields included: a field the engine gains that Zod would silently drop, a narrower enum...
export const LabelSchema = z.enum(LABELS);
const text = (max: number) => z.string().max(max);
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max);
const SourceSchema = z.union([z.enum(READER_SOURCES), z.templateLiteral(['site:', z.string().max(40)])]) satisfies z.ZodType<Source>;
const SectionKindSchema = z.enum(SECTION_KINDS);
export const ExposureSchema = z.number().min(0).max(1);
const Count = z.number().int().nonnegative();
const LanguageSchema = text(L.language) as z.ZodType<Language>;

const TaskSchema = z.object({
  text: text(L.item),
  section: SectionKindSchema,
  label: LabelSchema,
  exposure: ExposureSchema,
  rules: list(text(L.tag), L.tags),
  terms: list(text(L.tag), L.tags).optional(),
  confidence: z.number().min(0).max(1),
  unclear: z.boolean(),
});

export const OccupationRefSchema = z.object({
  id: text(40),
  soc: text(20).nullable(),
  isco: text(10).optional(),
  cn: text(20).optional(),
  en: text(300),
  zh: text(300),
  new: z.number().int().optional(),
});

const CardSchema = z.object({
  id: text(L.id),
  title: text(L.text),
  company: text(L.text).nullable(),
  exposure: ExposureSchema.nullable(),
  label: LabelSchema.nullable(),
  occupation: OccupationRefSchema.nullable(),
});

const GigSchema = z.object({
  kinds: list(z.enum(GIG_KINDS), GIG_KINDS.length),
  triggers: list(z.object({ id: text(L.tag), kind: z.enum(GIG_KINDS), phrase: text(L.tag) }), L.tags),
  says: list(z.object({ aspect: z.enum(GIG_ASPECTS), value: text(L.tag), phrase: text(L.tag) }), L.tags),
  omits: list(z.enum(GIG_ASPECTS), GIG_ASPECTS.length),
  links: list(z.object({ id: text(L.tag), url: z.url({ protocol: /^https$/ }).max(L.url), title: z.object({ en: text(L.tag), zh_CN: text(L.tag) }) }), L.tags),
});

const AnalysisObject = z.object({
  url: z.string().min(1).max(L.url),
  kind: z.enum(['posting', 'listing', 'none']),
  source: SourceSchema.nullable(),
  posting: z.object({ title: text(L.text), company: text(L.text).nullable(), location: text(L.text).nullable(), language: LanguageSchema }).nullable(),
  tasks: list(TaskSchema, L.tasks),
  requirements: list(z.object({ text: text(L.item), skills: list(text(L.id), L.tags) }), L.items),
  benefits: list(z.object({ text: text(L.item) }), L.items),
  lines: list(z.object({ text: text(L.line), role: z.enum(LINE_ROLES), section: SectionKindSchema }), L.lines),
  exposure: z
    .object({
      score: ExposureSchema,
      label: LabelSchema,
      counts: z.object({ automatable: Count, augmentable: Count, 'human-led': Count }),
      unclear: Count,
    })
    .nullable(),
  cards: list(CardSchema, L.cards),
  skills: list(text(L.id), L.skills),
  occupation: OccupationRefSchema.optional(),
  reason: text(L.reason).optional(),
  adapterError: z.object({ adapter: text(40), step: z.enum(['posting', 'cards']), message: text(L.reason) }).optional(),
  gig: GigSchema.optional(),
});
export const AnalysisSchema: z.ZodType<Analysis> = AnalysisObject;

const exact: Exact<z.output<typeof AnalysisObject>, Analysis> = true;
void exact;

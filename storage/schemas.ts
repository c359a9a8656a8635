import { z } from 'zod';
import { LABELS, type AnalysedTask, type Analysis } from '../engine/types';

// Mirrors engine/types.ts; the type annotation makes tsc fail if the two drift apart.
export const LabelSchema = z.enum(LABELS);
const SourceSchema = z.union([
  z.literal('json-ld'),
  z.literal('microdata'),
  z.literal('readability'),
  z.templateLiteral(['site:', z.string()]),
]);
const SectionKindSchema = z.enum(['responsibilities', 'requirements', 'benefits', 'about', 'other']);
const Exposure = z.number().min(0).max(1);

const TaskSchema = z.object({
  text: z.string(),
  section: SectionKindSchema,
  label: LabelSchema,
  exposure: Exposure,
  rules: z.array(z.string()),
  terms: z.array(z.string()).optional(),
});

const AnalysisObject = z.object({
  url: z.string().min(1),
  kind: z.enum(['posting', 'listing', 'none']),
  source: SourceSchema.nullable(),
  posting: z
    .object({
      title: z.string(),
      company: z.string().nullable(),
      location: z.string().nullable(),
      language: z.string(),
    })
    .nullable(),
  tasks: z.array(TaskSchema),
  exposure: z
    .object({
      score: Exposure,
      label: LabelSchema,
      counts: z.object({ automatable: z.number().int(), augmentable: z.number().int(), 'human-led': z.number().int() }),
    })
    .nullable(),
  cards: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      company: z.string().nullable(),
      exposure: Exposure.nullable(),
      label: LabelSchema.nullable(),
    }),
  ),
  skills: z.array(z.string()),
  reason: z.string().optional(),
});
export const AnalysisSchema: z.ZodType<Analysis> = AnalysisObject;

// Zod drops keys it doesn't know: fail the typecheck when engine/types.ts gains a field we'd lose.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const sameKeys: [SameKeys<z.infer<typeof TaskSchema>, AnalysedTask>, SameKeys<z.infer<typeof AnalysisObject>, Analysis>] = [true, true];
void sameKeys;

/** One analysed posting, as stored (v1). Indexed columns are copied out of `analysis`. */
export const AnalysisRowSchema = z.object({
  id: z.number().int().optional(),
  url: z.string(),
  analysedAt: z.number(),
  title: z.string(),
  company: z.string().nullable(),
  exposure: Exposure.nullable(),
  label: LabelSchema.nullable(),
  analysis: AnalysisSchema,
});
export type AnalysisRow = z.infer<typeof AnalysisRowSchema>;

/** What the history list shows: the row without the full analysis. */
export type HistoryItem = Omit<AnalysisRow, 'analysis' | 'id'>;

export const UI_LANGUAGES = ['auto', 'en', 'zh_CN'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const PROFILE_ID = 'me';
export const ProfileSchema = z.object({
  skills: z.array(z.string().trim().min(1).max(100)).max(500),
  language: z.enum(UI_LANGUAGES),
});
export type Profile = z.infer<typeof ProfileSchema>;
export const ProfileRowSchema = ProfileSchema.extend({ id: z.literal(PROFILE_ID) });
export type ProfileRow = z.infer<typeof ProfileRowSchema>;
export const DEFAULT_PROFILE: Profile = { skills: [], language: 'auto' };

const JsonValue: z.ZodType<unknown> = z.json();
export const SettingRowSchema = z.object({ key: z.string().min(1), value: JsonValue });
export type SettingRow = z.infer<typeof SettingRowSchema>;

import { z } from 'zod';
import { LOCALE_CHOICES } from '../engine/language';
import { SKILL_LEVELS } from '../engine/recommend/profile-schema';
import { GIG_ASPECTS, GIG_KINDS, LABELS, LINE_ROLES, SECTION_KINDS, type AnalysedTask, type Analysis } from '../engine/types';

// Mirrors engine/types.ts; the type annotation makes tsc fail if the two drift apart.
export const LabelSchema = z.enum(LABELS);
const SourceSchema = z.union([
  z.literal('json-ld'),
  z.literal('microdata'),
  z.literal('readability'),
  z.templateLiteral(['site:', z.string()]),
]);
const SectionKindSchema = z.enum(SECTION_KINDS);
const Exposure = z.number().min(0).max(1);

const TaskSchema = z.object({
  text: z.string(),
  section: SectionKindSchema,
  label: LabelSchema,
  exposure: Exposure,
  rules: z.array(z.string()),
  terms: z.array(z.string()).optional(),
  confidence: z.number().min(0).max(1),
  unclear: z.boolean(),
});

export const OccupationRefSchema = z.object({
  id: z.string().max(40),
  soc: z.string().max(20).nullable(),
  isco: z.string().max(10).optional(),
  cn: z.string().max(20).optional(),
  en: z.string().max(300),
  zh: z.string().max(300),
  new: z.number().int().optional(),
});

const LineSchema = z.object({ text: z.string(), role: z.enum(LINE_ROLES), section: SectionKindSchema });

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
  requirements: z.array(z.object({ text: z.string(), skills: z.array(z.string()) })),
  benefits: z.array(z.object({ text: z.string() })),
  lines: z.array(LineSchema),
  exposure: z
    .object({
      score: Exposure,
      label: LabelSchema,
      counts: z.object({ automatable: z.number().int(), augmentable: z.number().int(), 'human-led': z.number().int() }),
      unclear: z.number().int().nonnegative(),
    })
    .nullable(),
  cards: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      company: z.string().nullable(),
      exposure: Exposure.nullable(),
      label: LabelSchema.nullable(),
      occupation: OccupationRefSchema.nullable(),
    }),
  ),
  skills: z.array(z.string()),
  occupation: OccupationRefSchema.optional(),
  reason: z.string().optional(),
  adapterError: z.object({ adapter: z.string(), step: z.enum(['posting', 'cards']), message: z.string() }).optional(),
  gig: z
    .object({
      kinds: z.array(z.enum(GIG_KINDS)),
      triggers: z.array(z.object({ id: z.string(), kind: z.enum(GIG_KINDS), phrase: z.string() })),
      says: z.array(z.object({ aspect: z.enum(GIG_ASPECTS), value: z.string(), phrase: z.string() })),
      omits: z.array(z.enum(GIG_ASPECTS)),
      links: z.array(z.object({ id: z.string(), url: z.url({ protocol: /^https$/ }), title: z.object({ en: z.string(), zh_CN: z.string() }) })),
    })
    .optional(),
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

export const PROFILE_ID = 'me';
export const ProfileSkillSchema = z.object({
  id: z.string().trim().min(1).max(100),
  level: z.enum(SKILL_LEVELS),
  source: z.enum(['manual', 'cv', 'posting']),
});
export type ProfileSkill = z.infer<typeof ProfileSkillSchema>;
/** The profile as stored from v2 on (v1 held `skills: string[]` and `language`; see migrations/v2.ts). */
/** The person's reading of a job title: cards and postings with this title are read as this occupation. */
export const TitleCorrectionSchema = z.object({
  title: z.string().trim().min(1).max(200),
  occupation: z.string().regex(/^(?:\d{2}-\d{4}\.\d{2}|cn-\d(?:-\d{2}){3})$/, 'an occupation id (an O*NET-SOC code, or cn- and a 2022 classification code)'),
});
export type TitleCorrection = z.infer<typeof TitleCorrectionSchema>;

export const ProfileSchema = z.object({
  skills: z.array(ProfileSkillSchema).max(500),
  targetRoles: z.array(z.string().trim().min(1).max(100)).max(50),
  language: z.enum(LOCALE_CHOICES),
  titleCorrections: z.array(TitleCorrectionSchema).max(300).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;
export const ProfileRowSchema = ProfileSchema.extend({ id: z.literal(PROFILE_ID) });
export type ProfileRow = z.infer<typeof ProfileRowSchema>;
export const DEFAULT_PROFILE: Profile = { skills: [], targetRoles: [], language: 'auto' };

/** A course the person means to take (v2). A snapshot of the course, so the list shows without the catalog. */
export const LearningItemSchema = z.object({
  courseId: z.string().min(1).max(200),
  skillId: z.string().min(1).max(100),
  title: z.string().min(1).max(300),
  provider: z.string().min(1).max(100),
  url: z.url({ protocol: /^https$/ }),
  language: z.enum(['en', 'zh']),
  free: z.boolean(),
  added: z.number(),
  doneAt: z.number().nullable(),
});
export type LearningItem = z.infer<typeof LearningItemSchema>;

const JsonValue: z.ZodType<unknown> = z.json();
export const SettingRowSchema = z.object({ key: z.string().min(1), value: JsonValue });
export type SettingRow = z.infer<typeof SettingRowSchema>;

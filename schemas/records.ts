import { z } from 'zod';
import { LOCALE_CHOICES } from '../engine/language';
import { REGION_CHOICES } from '../engine/region';
import { SKILL_LEVELS } from '../engine/recommend/profile-schema';
import { AnalysisSchema, ExposureSchema, LabelSchema } from './analysis';
import { STORAGE_FAULTS } from './faults';

export type { StorageFault } from './faults';
import { STORE_LIMITS } from './limits';

export { AnalysisSchema, LabelSchema, OccupationRefSchema } from './analysis';

/** What the history list shows of a posting: the columns copied out of its analysis. */
export const HistoryItemSchema = z.object({
  url: z.string().max(STORE_LIMITS.url),
  analysedAt: z.number(),
  title: z.string().max(STORE_LIMITS.text),
  company: z.string().max(STORE_LIMITS.text).nullable(),
  exposure: ExposureSchema.nullable(),
  label: LabelSchema.nullable(),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

/** One analysed posting, as stored: the history columns (indexed), its size (v4), and the analysis. */
export const AnalysisRowSchema = HistoryItemSchema.extend({
  id: z.number().int().optional(),
  bytes: z.number().int().nonnegative(),
  analysis: AnalysisSchema,
});
export type AnalysisRow = z.infer<typeof AnalysisRowSchema>;

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
  /** Where the person is, for the courses offered (engine/region.ts); absent (profiles saved before it) is 'auto'. */
  region: z.enum(REGION_CHOICES).optional(),
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

/** How the profile's copy in browser sync stands (entrypoints/background/profile-sync.ts). */
export const SyncStatusSchema = z.object({
  /** off: no browser sync; pending: saves not written yet; too-big: over `limit`; failed: the browser refused. */
  state: z.enum(['off', 'synced', 'pending', 'too-big', 'failed']),
  lastSynced: z.number().nullable(),
  bytes: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  error: z.string().max(500).optional(),
});
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** What the panel and profile say about SkillShift's own storage. */
export const StorageStatusSchema = z.object({
  /** Null when the database can't be read. */
  history: z
    .object({
      postings: z.number().int().nonnegative(),
      bytes: z.number().int().nonnegative(),
      dropped: z.number().int().nonnegative(),
      maxPostings: z.number().int().positive(),
      maxBytes: z.number().int().positive(),
    })
    .nullable(),
  /** What went wrong with the latest storage work, if it did. */
  fault: z.enum(STORAGE_FAULTS).nullable(),
  sync: SyncStatusSchema,
});
export type StorageStatus = z.infer<typeof StorageStatusSchema>;

import { z } from 'zod';
import { hasHan } from '../text';

const Zh = z.string().min(1).refine(hasHan, 'must be Chinese');
const En = z.string().min(1).refine((s) => !hasHan(s), 'must be English');
const Soc = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/, 'an O*NET-SOC 2019 code like 29-1141.00');
const Cn = z.string().regex(/^\d(?:-\d{2}){3}$/, 'a 2022 classification code like 4-04-05-13');

/**
 * One occupation: an O*NET-SOC 2019 occupation (id = its code) or a detailed occupation of China's 2022
 * classification (id = "cn-" + its code), with the other system's code where the two are the same job.
 */
export const OccupationSchema = z
  .object({
    id: z.string().regex(/^(?:\d{2}-\d{4}\.\d{2}|cn-\d(?:-\d{2}){3})$/),
    soc: Soc.optional(),
    isco: z.string().regex(/^\d{4}$/).optional(),
    cn: Cn.optional(),
    en: En,
    zh: Zh,
    /** The year a new occupation was announced (China's new occupations since 2019). */
    new: z.number().int().min(2019).max(2100).optional(),
  })
  .strict();

/** data/occupations/occupations.json, written by `npm run titles:build`. */
export const OccupationsFileSchema = z.object({ occupations: z.array(OccupationSchema).min(1000) }).strict();

/** data/occupations/title-index.json (engine/titles/title-index.ts says what each part is). */
export const TitleIndexSchema = z
  .object({
    words: z.array(z.string().min(1)),
    counts: z.array(z.number().int().positive()),
    keys: z.array(z.string().min(1)).min(10_000),
    occ: z.array(z.number().int().nonnegative()),
    sets: z.array(z.string().regex(/^\d+(?:,\d+)*$/)),
    members: z.array(z.array(z.number().int().nonnegative()).min(1)),
  })
  .strict()
  .refine((d) => d.words.length === d.counts.length && d.keys.length === d.occ.length && d.sets.length === d.members.length, 'parallel lists differ in length');

const Label = z.enum(['automatable', 'augmentable', 'human-led']);

/** Derived by `npm run titles:build`: id → [score, label, automatable, augmentable, human-led, unclear] over its tasks. */
export const PriorsSchema = z.record(
  z.string(),
  z.tuple([z.number().min(0).max(1), Label, z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
);

export type Occupation = z.infer<typeof OccupationSchema>;
export type OccupationsFile = z.infer<typeof OccupationsFileSchema>;
export type PriorsFile = z.infer<typeof PriorsSchema>;

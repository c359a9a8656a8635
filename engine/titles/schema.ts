import { z } from 'zod';
import { hasHan } from '../text';

const Kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'occupation ids are kebab-case');
const Zh = z.string().min(1).refine(hasHan, 'must be Chinese');
const En = z.string().min(1).refine((s) => !hasHan(s), 'must be English');

// Aliases are one list (EN and ZH mixed, told apart by script) to keep the shipped JSON small.
export const OccupationSchema = z
  .object({
    id: Kebab,
    en: En,
    zh: Zh,
    aliases: z
      .array(z.string().min(1))
      .refine((a) => a.filter((s) => !hasHan(s)).length >= 2, 'needs at least 2 English aliases')
      .refine((a) => a.filter(hasHan).length >= 2, 'needs at least 2 Chinese aliases'),
    tasks: z.array(En).min(4).max(8),
  })
  .strict();

export const OccupationFileSchema = z
  .object({ cluster: Kebab, occupations: z.array(OccupationSchema).min(1) })
  .strict();

const Label = z.enum(['automatable', 'augmentable', 'human-led']);

/** Derived by `npm run titles:build`: id → [score, label, automatable, augmentable, human-led counts]. */
export const PriorsSchema = z.record(
  z.string(),
  // score, label, then the typical tasks by label (automatable, augmentable, human-led) and those it couldn't tell.
  z.tuple([z.number().min(0).max(1), Label, z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
);

export type Occupation = z.infer<typeof OccupationSchema>;
export type OccupationFile = z.infer<typeof OccupationFileSchema>;
export type PriorsFile = z.infer<typeof PriorsSchema>;

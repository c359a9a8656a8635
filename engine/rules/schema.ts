import { z } from 'zod';

const Localized = z.object({ en: z.string().min(1), zh_CN: z.string().min(1) });
const Terms = z.array(z.string().min(1)).min(1);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    lang: z.enum(['en', 'zh', 'any']),
    match: z
      .object({ phrases: Terms.optional(), verbs: Terms.optional(), objects: Terms.optional() })
      .strict(),
    effect: z
      .object({ exposure: z.number().min(-1).max(1), automation: z.number().min(-1).max(1) })
      .strict(),
    reason: Localized,
    tip: Localized.optional(),
  })
  .strict();

export const RulePackSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().optional(),
    rules: z.array(RuleSchema),
  })
  .strict();

export type Rule = z.infer<typeof RuleSchema>;
export type RulePack = z.infer<typeof RulePackSchema>;

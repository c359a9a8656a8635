import { z } from 'zod';

const Localized = z.object({ en: z.string().min(1), zh_CN: z.string().min(1) });
const Terms = z.array(z.string().min(1)).min(1);

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
    /** What the rule is about, in a few words a person reads (the options page lists and filters by it). */
    name: Localized,
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

// data/rules/lexicon.json, written by scripts/rules-build.ts: logistic-regression weights per stemmed word,
// word pair ("prepar report"), lead verb ("^prepar", "^prepar>>report"), word of the opening clause ("<report", added to
// the word's own weight there; engine/rules/features.ts) and hand rule id, for exposure and (among exposed tasks) automation.
const Weights = z.record(z.string().min(1), z.number().finite());

export const LinearModelSchema = z
  .object({
    bias: z.number().finite(),
    /** Weight of Σ rule.effect over the fired hand rules: puts rules the data never saw on the fitted scale. */
    hand: z.number().finite(),
    rules: Weights,
    words: Weights,
  })
  .strict();

/** For Chinese text when the lexicon has no "zh": bias + hand · Σ rule.effect, fitted with the rules alone. */
export const HandModelSchema = z.object({ bias: z.number().finite(), hand: z.number().finite() }).strict();

/** How far the rest of a posting pulls a task's logit (engine/rules/context.ts), fitted in cross-validation. */
export const PostingContextSchema = z
  .object({ alpha: z.number().min(0).max(2), center: z.number().finite(), cap: z.number().positive().optional() })
  .strict();

const ProvenanceSchema = z
  .object({
    source: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().positive(),
    occupations: z.number().int().positive(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    options: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])),
  })
  .strict();

/** The Chinese lexicon: weights per term (found as a substring: engine/rules/zh-terms.ts) and per rule. */
export const ZhLexiconSchema = z
  .object({
    provenance: ProvenanceSchema,
    exposure: LinearModelSchema,
    automation: LinearModelSchema,
    context: PostingContextSchema.optional(),
  })
  .strict();

export const LexiconSchema = z
  .object({
    version: z.literal(1),
    provenance: ProvenanceSchema,
    exposure: LinearModelSchema,
    automation: LinearModelSchema,
    handOnly: z.object({ exposure: HandModelSchema, automation: HandModelSchema }).strict(),
    /** Word classes the weights name ("%document"): class → its stemmed words, space-separated (scripts/rules-classes.ts). */
    classes: z.record(z.string().min(1), z.string().min(1)).optional(),
    context: PostingContextSchema.optional(),
    zh: ZhLexiconSchema.optional(),
  })
  .strict();

export type LinearModel = z.infer<typeof LinearModelSchema>;
export type HandModel = z.infer<typeof HandModelSchema>;
export type PostingContext = z.infer<typeof PostingContextSchema>;
export type Lexicon = z.infer<typeof LexiconSchema>;
export type ZhLexicon = z.infer<typeof ZhLexiconSchema>;

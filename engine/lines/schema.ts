import { z } from 'zod';

/** data/lines/duty-verbs.json (written by `npm run lines:verbs`): the stems of the verbs duties open with. */
export const DutyVerbsFileSchema = z.strictObject({
  source: z.string().min(1),
  verbs: z.array(z.string().regex(/^[a-z][a-z+#-]*$/)).min(100),
});
export type DutyVerbsFile = z.infer<typeof DutyVerbsFileSchema>;

const GlossLanguageSchema = z.strictObject({
  /** Words read past (articles, pronouns), space-separated. */
  drop: z.string(),
  /** Multi-word wording, glossed as a whole first ("" drops a lead-in). */
  phrases: z.record(z.string().regex(/^[a-z]+(?: [a-z]+)+$/), z.string()),
  /** One word each; a key ending in * matches the words it begins. */
  words: z.record(z.string().regex(/^[a-z]{1,20}\*?$/), z.string().regex(/^[a-z ]+$/)),
});
/** data/lines/gloss.json: duty wording of European postings in English words, for the classifier. */
export const GlossFileSchema = z.strictObject({
  source: z.string().min(1),
  languages: z.record(z.enum(['fr', 'es', 'it', 'de', 'pt']), GlossLanguageSchema),
});
export type GlossFile = z.infer<typeof GlossFileSchema>;

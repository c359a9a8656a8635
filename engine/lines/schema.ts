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
  /** Words it doesn't know are compounds, read by their last part ("Eingangsrechnungen" → invoices). */
  compounds: z.boolean().optional(),
  /** A verb's future endings and its infinitive's ("animerez" → "animer"), tried where no word or prefix knows the word. */
  futures: z.record(z.string().regex(/^[a-z]+$/), z.array(z.string().regex(/^[a-z]+$/)).min(1)).optional(),
});
/** Japanese term (kanji, kana, no spaces; matched inside the line, longest first) → English words. */
const TermsSchema = z.record(z.string().regex(/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u), z.string().regex(/^[a-z ]*$/));
const UnspacedLanguageSchema = z.strictObject({
  /** Terms naming the action ("作成" prepare): read first, as the verb English tasks open with. */
  verbs: TermsSchema,
  /** Terms naming the rest ("請求書" invoices); "" reads past a term (particles, "業務"). */
  words: TermsSchema,
});
/** data/lines/gloss.json: duty wording of European, Vietnamese and Japanese postings in English words, for the classifier. */
export const GlossFileSchema = z.strictObject({
  source: z.string().min(1),
  /** Languages written with spaces between words (Vietnamese between syllables): keys accent-folded. */
  languages: z.record(z.enum(['fr', 'es', 'it', 'de', 'pt', 'vi']), GlossLanguageSchema),
  /** Languages written without spaces. */
  unspaced: z.record(z.enum(['ja']), UnspacedLanguageSchema),
});
export type GlossFile = z.infer<typeof GlossFileSchema>;

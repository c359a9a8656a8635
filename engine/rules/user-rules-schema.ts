import { z } from 'zod';
import { tokenize } from './tokenize';

// A person's changes to the rule packs (settings key "userRules"). Phrases are plain text matched
// literally (EN on word boundaries, ZH as substrings), never as patterns, and every size is capped,
// so nothing typed here can make matching slow.

export const USER_RULES_KEY = 'userRules';
export const USER_RULE_PREFIX = 'user-';
export const MAX_WEIGHT = 3;
// Matching costs about text length × the phrase text sharing a first word (EN) or character (ZH): the caps
// on words per phrase and on phrase text in all keep even a hostile set of rules to milliseconds per task.
export const LIMITS = { phrases: 20, phraseMin: 2, phraseMax: 80, words: 8, totalChars: 4000, reason: 200, added: 200, ids: 1000, idLength: 64 } as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const USER_ID = /^user-[a-z0-9]+(?:-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex -- control characters are what it rejects
const CONTROL = /[\u0000-\u001f\u007f]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Every message the schema gives, by name, so the options page can say each in the UI language. */
export const PROBLEMS = {
  idLength: `rule ids are at most ${LIMITS.idLength} characters`,
  idKebab: 'rule ids are kebab-case',
  userId: 'added rule ids look like user-<slug>',
  phraseShort: `a phrase has at least ${LIMITS.phraseMin} characters`,
  phraseLong: `a phrase has at most ${LIMITS.phraseMax} characters`,
  phrasePlain: 'a phrase is one line of plain text',
  phraseLetters: 'a phrase needs letters or digits',
  phraseWords: `a phrase has at most ${LIMITS.words} words`,
  phrasesNone: 'a rule needs at least one phrase',
  phrasesMany: `a rule has at most ${LIMITS.phrases} phrases`,
  englishWords: 'an English phrase needs Latin letters or digits',
  reasonLong: `a reason has at most ${LIMITS.reason} characters`,
  weightRange: `weights are 0 to ${MAX_WEIGHT}`,
  disabledMany: `at most ${LIMITS.ids} disabled rules`,
  weightsMany: `at most ${LIMITS.ids} weights`,
  addedMany: `at most ${LIMITS.added} added rules`,
  idsUnique: 'added rule ids must be unique',
  totalChars: `at most ${LIMITS.totalChars} characters of phrases in all`,
} as const;
export type Problem = keyof typeof PROBLEMS;

const byMessage = new Map(Object.entries(PROBLEMS).map(([name, message]) => [message as string, name as Problem]));
/** The name of a schema message (undefined for Zod's own, e.g. a wrong type). */
export const problemOf = (message: string): Problem | undefined => byMessage.get(message);

// Length is checked before any pattern runs, so a 10k-character value is refused cheaply.
const RuleId = z.string().max(LIMITS.idLength, PROBLEMS.idLength).regex(ID, PROBLEMS.idKebab);

const Phrase = z
  .string()
  .trim()
  .min(LIMITS.phraseMin, PROBLEMS.phraseShort)
  .max(LIMITS.phraseMax, PROBLEMS.phraseLong)
  .refine((p) => !CONTROL.test(p), PROBLEMS.phrasePlain)
  .refine((p) => LETTER_OR_DIGIT.test(p), PROBLEMS.phraseLetters);

export const UserRuleSchema = z
  .object({
    id: z.string().max(LIMITS.idLength, PROBLEMS.idLength).regex(USER_ID, PROBLEMS.userId),
    phrases: z.array(Phrase).min(1, PROBLEMS.phrasesNone).max(LIMITS.phrases, PROBLEMS.phrasesMany),
    lang: z.enum(['en', 'zh', 'any']),
    effect: z.object({ exposure: z.number().min(-1).max(1), automation: z.number().min(-1).max(1) }).strict(),
    reason: z.string().trim().max(LIMITS.reason, PROBLEMS.reasonLong),
  })
  .strict()
  // An English rule matches words; a phrase without any (e.g. only Chinese) could never fire.
  .refine((r) => r.lang !== 'en' || r.phrases.every((p) => tokenize(p).length > 0), { message: PROBLEMS.englishWords, path: ['phrases'] })
  .refine((r) => r.phrases.every((p) => tokenize(p).length <= LIMITS.words), { message: PROBLEMS.phraseWords, path: ['phrases'] });
export type UserRule = z.infer<typeof UserRuleSchema>;

const phraseChars = (added: readonly UserRule[]): number => added.reduce((n, r) => r.phrases.reduce((m, p) => m + p.length, n), 0);

export const UserRulesSchema = z
  .object({
    disabled: z.array(RuleId).max(LIMITS.ids, PROBLEMS.disabledMany),
    weights: z
      .record(RuleId, z.number().min(0, PROBLEMS.weightRange).max(MAX_WEIGHT, PROBLEMS.weightRange))
      .refine((w) => Object.keys(w).length <= LIMITS.ids, PROBLEMS.weightsMany),
    added: z.array(UserRuleSchema).max(LIMITS.added, PROBLEMS.addedMany),
  })
  .strict()
  .refine((u) => new Set(u.added.map((r) => r.id)).size === u.added.length, { message: PROBLEMS.idsUnique, path: ['added'] })
  .refine((u) => phraseChars(u.added) <= LIMITS.totalChars, { message: PROBLEMS.totalChars, path: ['added'] });
export type UserRules = z.infer<typeof UserRulesSchema>;

export const EMPTY_USER_RULES: UserRules = { disabled: [], weights: {}, added: [] };

export const isUserRulesEmpty = (u: UserRules): boolean =>
  u.disabled.length === 0 && u.added.length === 0 && Object.values(u.weights).every((w) => w === 1);

/** 'user-' + a slug of the first phrase, unique among `taken` (Chinese phrases slug to 'rule'). */
export function userRuleId(phrase: string, taken: ReadonlySet<string>): string {
  const slug =
    phrase
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'rule';
  let id = `${USER_RULE_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${USER_RULE_PREFIX}${slug}-${n}`;
  return id;
}

import { useState } from 'preact/hooks';
import { LIMITS, problemOf, UserRuleSchema, UserRulesSchema, userRuleId, type Problem, type UserRule, type UserRules } from '../engine/rules/user-rules-schema';
import type { MessageKey, Translate } from './i18n';

export type Direction = 'exposed' | 'human';
export type Involvement = 'automation' | 'augmentation';

export interface RuleDraft {
  phrases: string;
  lang: UserRule['lang'];
  direction: Direction;
  involvement: Involvement;
  reason: string;
}

export const EMPTY_DRAFT: RuleDraft = { phrases: '', lang: 'en', direction: 'exposed', involvement: 'automation', reason: '' };

// Strong enough to outweigh most pack rules, like the packs' own firmest rules (±0.8), on both scores: at 0.6, the
// words of "Water the office plants every morning" outweighed a person's "AI can do this · automation" once the
// lexicon was fitted on posting duties too (most exposed duties there are augmented, not automated).
const EXPOSURE = 0.8;
const AUTOMATION = 0.8;

/** The rule a filled-in form stands for (not yet validated). */
export function draftToRule(draft: RuleDraft, taken: ReadonlySet<string>): UserRule {
  const phrases = draft.phrases
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  const exposed = draft.direction === 'exposed';
  return {
    id: userRuleId(phrases[0] ?? '', taken),
    phrases,
    lang: draft.lang,
    effect: {
      exposure: exposed ? EXPOSURE : -EXPOSURE,
      automation: exposed ? (draft.involvement === 'automation' ? AUTOMATION : -AUTOMATION) : 0,
    },
    reason: draft.reason.trim(),
  };
}

const MESSAGE_KEYS: Partial<Record<Problem, [MessageKey, string[]]>> = {
  phraseShort: ['optionsErrorPhraseShort', [String(LIMITS.phraseMin)]],
  phraseLong: ['optionsErrorPhraseLong', [String(LIMITS.phraseMax)]],
  phrasePlain: ['optionsErrorPhrasePlain', []],
  phraseLetters: ['optionsErrorPhrasePlain', []],
  phraseWords: ['optionsErrorPhraseWords', [String(LIMITS.words)]],
  phrasesNone: ['optionsErrorPhrasesNone', []],
  phrasesMany: ['optionsErrorPhrasesMany', [String(LIMITS.phrases)]],
  englishWords: ['optionsErrorEnglishWords', []],
  reasonLong: ['optionsErrorReasonLong', [String(LIMITS.reason)]],
  addedMany: ['optionsErrorLimit', []],
  totalChars: ['optionsErrorLimit', []],
};

/** What is wrong with adding `rule` to `user`, in the UI language (empty when nothing is). */
export function ruleProblems(rule: UserRule, user: UserRules, t: Translate): string[] {
  const own = UserRuleSchema.safeParse(rule);
  const issues = own.success ? UserRulesSchema.safeParse({ ...user, added: [...user.added, own.data] }).error?.issues ?? [] : own.error.issues;
  const texts = issues.map(({ message }) => {
    const name = problemOf(message);
    const known = name === undefined ? undefined : MESSAGE_KEYS[name];
    return known ? t(known[0], known[1]) : t('optionsErrorOther', [message]);
  });
  return [...new Set(texts)];
}

const DIRECTIONS: [Direction, MessageKey][] = [
  ['exposed', 'optionsEffectExposed'],
  ['human', 'optionsEffectHuman'],
];
const INVOLVEMENTS: [Involvement, MessageKey][] = [
  ['automation', 'optionsKindAutomation'],
  ['augmentation', 'optionsKindAugmentation'],
];

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  /** Each value with the message key of its label. */
  options: [T, MessageKey][];
  disabled?: boolean;
  t: Translate;
  onChange(value: T): void;
}

function Choice<T extends string>({ legend, name, value, options, disabled, t, onChange }: ChoiceProps<T>) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {options.map(([option, key]) => (
        <label key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          {t(key)}
        </label>
      ))}
    </fieldset>
  );
}

export interface RuleEditorFormProps {
  user: UserRules;
  t: Translate;
  onAdd(rule: UserRule): void;
}

/** The "add a rule" form: phrases, language, direction, automation vs augmentation, reason. */
export function RuleEditorForm({ user, t, onAdd }: RuleEditorFormProps) {
  const [draft, setDraft] = useState<RuleDraft>(EMPTY_DRAFT);
  const [problems, setProblems] = useState<string[]>([]);
  const set = (patch: Partial<RuleDraft>) => setDraft({ ...draft, ...patch });

  const submit = (e: Event) => {
    e.preventDefault();
    const taken = new Set(user.added.map((r) => r.id));
    const rule = draftToRule(draft, taken);
    const found = ruleProblems(rule, user, t);
    setProblems(found);
    if (found.length > 0) return;
    onAdd(UserRuleSchema.parse(rule));
    setDraft(EMPTY_DRAFT);
  };

  return (
    <form class="add" onSubmit={submit} aria-labelledby="add-heading" noValidate>
      <h2 id="add-heading">{t('optionsAddHeading')}</h2>
      <label>
        {t('optionsPhrases')}
        <textarea name="phrases" rows={3} value={draft.phrases} onInput={(e) => set({ phrases: e.currentTarget.value })} />
      </label>
      <label>
        {t('optionsLanguage')}
        <select name="lang" value={draft.lang} onChange={(e) => set({ lang: e.currentTarget.value as RuleDraft['lang'] })}>
          <option value="en">{t('optionsLangEn')}</option>
          <option value="zh">{t('optionsLangZh')}</option>
          <option value="any">{t('optionsLangAny')}</option>
        </select>
      </label>
      <Choice legend={t('optionsDirection')} name="direction" value={draft.direction} onChange={(direction) => set({ direction })} options={DIRECTIONS} t={t} />
      <Choice
        legend={t('optionsInvolvement')}
        name="involvement"
        value={draft.involvement}
        onChange={(involvement) => set({ involvement })}
        options={INVOLVEMENTS}
        disabled={draft.direction !== 'exposed'}
        t={t}
      />
      <label>
        {t('optionsReason')}
        <input type="text" name="reason" maxLength={LIMITS.reason} value={draft.reason} onInput={(e) => set({ reason: e.currentTarget.value })} />
      </label>
      {problems.length > 0 && (
        <ul class="add__problems" role="alert" data-testid="problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="submit">{t('optionsAdd')}</button>
    </form>
  );
}

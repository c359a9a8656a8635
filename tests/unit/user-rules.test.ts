import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { classify, LEXICON } from '../../engine/rules/classify';
import { RULES } from '../../engine/rules/packs';
import {
  applyUserRules,
  createUserClassifier,
  EMPTY_USER_RULES,
  userRuleId,
  userRuleLookup,
  UserRulesSchema,
  type UserRule,
  type UserRules,
} from '../../engine/rules/user-rules';
import { getUserRules, saveUserRules } from '../../storage/user-rules';
import { freshDbs } from '../fixtures/fresh-db';

const rules = (u: Partial<UserRules>): UserRules => ({ ...EMPTY_USER_RULES, ...u });
const added = (u: Partial<UserRule>): UserRule => ({
  id: 'user-plants',
  phrases: ['office plants'],
  lang: 'en',
  // As the rule editor makes it (components/RuleEditorForm.tsx).
  effect: { exposure: 0.8, automation: 0.8 },
  reason: 'A robot waters them now',
  ...u,
});
const REPORTS = 'Prepare weekly sales reports for management';

describe('applyUserRules', () => {
  it('drops disabled and zero-weighted rules and appends added ones in the packs’ shape', () => {
    const out = applyUserRules(RULES, rules({ disabled: ['negotiate'], weights: { 'routine-reporting': 0 }, added: [added({})] }));
    expect(out.map((r) => r.id)).not.toContain('negotiate');
    expect(out.map((r) => r.id)).not.toContain('routine-reporting');
    expect(out.at(-1)).toMatchObject({ id: 'user-plants', match: { phrases: ['office plants'] }, reason: { en: 'A robot waters them now' } });
    expect(out).toHaveLength(RULES.length - 1);
  });
});

describe('a classifier with the user’s rules', () => {
  it('without changes classifies exactly like the shipped classifier', () => {
    const mine = createUserClassifier(LEXICON, EMPTY_USER_RULES);
    for (const text of [REPORTS, 'Negotiate contracts with suppliers', '负责撰写周报']) expect(mine(text)).toEqual(classify(text));
  });

  it('disabling a rule removes it from the task’s rules and changes the exposure', () => {
    const before = classify('Negotiate contracts with suppliers');
    const after = createUserClassifier(LEXICON, rules({ disabled: ['negotiate'] }))('Negotiate contracts with suppliers');
    expect(before.rules).toContain('negotiate');
    expect(after.rules).not.toContain('negotiate');
    expect(after.exposure).toBeGreaterThan(before.exposure);
  });

  it('re-weighting scales a rule’s pull, in English and in Chinese', () => {
    const at = (w: number, text: string, id: string) => createUserClassifier(LEXICON, rules({ weights: { [id]: w } }))(text).exposure;
    const en = [1, 2, 3].map((w) => at(w, 'Negotiate contracts with suppliers', 'negotiate'));
    expect(en[1]).toBeLessThan(en[0]!);
    expect(en[2]).toBeLessThan(en[1]!);
    const zh = [0.5, 1, 3].map((w) => at(w, '负责撰写周报', 'zh-reporting'));
    expect(zh[0]).toBeLessThan(zh[1]!);
    expect(zh[1]).toBeLessThan(zh[2]!);
    expect(at(1, REPORTS, 'routine-reporting')).toBe(classify(REPORTS).exposure);
  });

  it('an added English phrase fires on word boundaries only, stems included', () => {
    const mine = createUserClassifier(LEXICON, rules({ added: [added({ phrases: ['office plant'] })] }));
    const task = mine('Water the office plants every morning');
    expect(task.rules[0]).toBe('user-plants');
    expect(task.exposure).toBeGreaterThan(classify(task.text).exposure);
    expect(task.label).toBe('automatable');
    expect(mine('Water the postoffice plantsmen').rules).not.toContain('user-plants');
    expect(mine.rule('user-plants')?.reason.en).toBe('A robot waters them now');
  });

  it('an added Chinese phrase fires as a substring', () => {
    const rule = added({ id: 'user-zh-plants', phrases: ['浇水'], lang: 'zh', effect: { exposure: 0.9, automation: 0.5 } });
    const task = createUserClassifier(LEXICON, rules({ added: [rule] }))('给办公室的植物浇水');
    expect(task.rules).toEqual(['user-zh-plants']);
    expect(task.exposure).toBeGreaterThan(classify('给办公室的植物浇水').exposure);
  });

  it('finds added rules for the sidebar and falls back to the packs', () => {
    const lookup = userRuleLookup(rules({ added: [added({ reason: '' })] }));
    expect(lookup('user-plants')?.reason.zh_CN).toBe('“office plants”');
    expect(lookup('negotiate')?.reason.en).toBeTruthy();
    expect(lookup('nope')).toBeUndefined();
  });
});

describe('UserRulesSchema against hostile input', () => {
  const problem = (u: unknown) => {
    const parsed = UserRulesSchema.safeParse(u);
    return parsed.success ? null : parsed.error.issues[0]?.message;
  };

  it('treats regex metacharacters as plain text, matched literally', () => {
    const rule = added({ id: 'user-meta', phrases: ['(a+)+$ c++', '.*'] });
    expect(problem(rules({ added: [rule] }))).toBe('a phrase needs letters or digits');
    const ok = added({ id: 'user-meta', phrases: ['(a+)+ c++'] });
    expect(problem(rules({ added: [ok] }))).toBeNull();
    const mine = createUserClassifier(LEXICON, rules({ added: [ok] }));
    expect(mine('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!').rules).not.toContain('user-meta');
    expect(mine('Write (a+)+ c++ code').rules).toContain('user-meta');
  });

  it('rejects long phrases, too many phrases, control characters, bad ids and weights', () => {
    expect(problem(rules({ added: [added({ phrases: ['x'.repeat(10_000)] })] }))).toBe('a phrase has at most 80 characters');
    expect(problem(rules({ added: [added({ phrases: ['a'] })] }))).toBe('a phrase has at least 2 characters');
    expect(problem(rules({ added: [added({ phrases: Array.from({ length: 21 }, (_, i) => `word ${i}`) })] }))).toBe('a rule has at most 20 phrases');
    expect(problem(rules({ added: [added({ phrases: ['one\ntwo'] })] }))).toBe('a phrase is one line of plain text');
    expect(problem(rules({ added: [added({ phrases: ['浇水'] })] }))).toBe('an English phrase needs Latin letters or digits');
    expect(problem(rules({ added: [added({ id: 'negotiate' })] }))).toBe('added rule ids look like user-<slug>');
    expect(problem(rules({ added: [added({}), added({})] }))).toBe('added rule ids must be unique');
    expect(problem(rules({ weights: { negotiate: 3.5 } }))).toBe('weights are 0 to 3');
    expect(problem(rules({ disabled: ['x'.repeat(10_000)] }))).toBe('rule ids are at most 64 characters');
    expect(problem(rules({ added: [added({ reason: 'r'.repeat(201) })] }))).toBe('a reason has at most 200 characters');
    expect(problem({ ...EMPTY_USER_RULES, extra: 1 })).not.toBeNull();
  });

  it('refuses 10k rules, and the largest rules allowed classify a posting without blowing up (times printed)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => added({ id: `user-r${i}` }));
    // Times are printed, not held to a budget (a shared machine's load moves them); the bound only catches a
    // matcher gone quadratic or worse, which would take minutes.
    const CATASTROPHE_MS = 20_000;
    let started = performance.now();
    expect(problem(rules({ added: many }))).toBe('at most 200 added rules');
    const refusedMs = performance.now() - started;
    expect(refusedMs).toBeLessThan(CATASTROPHE_MS);

    // The worst the limits allow: all phrase text shares its first word/character with the task, and a
    // posting has up to 80 tasks of up to 300 characters (engine/tasks/segment.ts).
    const phrases = Array.from({ length: 20 }, (_, i) => `${'a '.repeat(7)}b${i}`);
    const en = rules({ added: Array.from({ length: 12 }, (_, i) => added({ id: `user-r${i}`, phrases })) });
    expect(problem(en)).toBeNull();
    expect(problem(rules({ added: [...en.added, added({ phrases })] }))).toBe('at most 4000 characters of phrases in all');
    const zhPhrases = Array.from({ length: 20 }, (_, i) => `${'数'.repeat(78)}${i}`);
    const zh = rules({ added: Array.from({ length: 2 }, (_, i) => added({ id: `user-z${i}`, lang: 'zh', phrases: zhPhrases })) });
    expect(problem(zh)).toBeNull();
    for (const [user, task] of [
      [en, 'a '.repeat(150)],
      [zh, '数'.repeat(300)],
    ] as const) {
      const mine = createUserClassifier(LEXICON, user);
      started = performance.now();
      for (let i = 0; i < 80; i++) mine(task);
      const postingMs = performance.now() - started;
      started = performance.now();
      mine(task.repeat(40));
      const longMs = performance.now() - started;
      console.log(`largest user rules (${user === en ? 'en' : 'zh'}): 10k rules refused in ${refusedMs.toFixed(0)} ms; 80 tasks in ${postingMs.toFixed(0)} ms; one 40× task in ${longMs.toFixed(0)} ms`);
      expect(postingMs).toBeLessThan(CATASTROPHE_MS);
      expect(longMs).toBeLessThan(CATASTROPHE_MS);
    }
  });

  it('refuses phrases of more than 8 words', () => {
    expect(problem(rules({ added: [added({ phrases: ['one two three four five six seven eight nine'] })] }))).toBe('a phrase has at most 8 words');
  });
});

describe('userRuleId', () => {
  it('slugs the first phrase and stays unique', () => {
    expect(userRuleId('Office Plants!', new Set())).toBe('user-office-plants');
    expect(userRuleId('Office plants', new Set(['user-office-plants']))).toBe('user-office-plants-2');
    expect(userRuleId('浇水', new Set())).toBe('user-rule');
  });
});

describe('storage', () => {
  const freshDb = freshDbs('user-rules');

  it('reads nothing as no changes, saves a valid value and refuses an invalid one', async () => {
    const db = freshDb();
    expect(await getUserRules(db)).toEqual(EMPTY_USER_RULES);
    const value = rules({ disabled: ['negotiate'], weights: { 'routine-reporting': 2 }, added: [added({})] });
    expect(await saveUserRules(db, value)).toEqual(value);
    expect(await getUserRules(db)).toEqual(value);
    await expect(saveUserRules(db, rules({ weights: { negotiate: 9 } }))).rejects.toThrow('weights are 0 to 3');
    await db.settings.put({ key: 'userRules', value: { disabled: 'all' } });
    expect(await getUserRules(db)).toEqual(EMPTY_USER_RULES);
  });
});

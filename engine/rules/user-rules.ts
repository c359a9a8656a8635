import { createClassifier, type RuleClassifier } from './classify';
import { RULES } from './packs';
import type { Lexicon, Rule } from './schema';
import type { UserRule, UserRules } from './user-rules-schema';

export * from './user-rules-schema';

/** An added rule in the packs' shape; its reason is the user's own words in both languages. */
export function toRule(user: UserRule): Rule {
  const quoted = user.phrases.map((p) => `“${p}”`).join(', ');
  const reason = user.reason || quoted;
  return { id: user.id, name: { en: quoted, zh_CN: quoted }, lang: user.lang, match: { phrases: user.phrases }, effect: user.effect, reason: { en: reason, zh_CN: reason } };
}

/** The rules in force: the base ones minus those disabled (or weighted 0), plus the added ones. */
export function applyUserRules(base: readonly Rule[], user: UserRules): Rule[] {
  const off = new Set(user.disabled);
  const active = (rule: { id: string }) => !off.has(rule.id) && user.weights[rule.id] !== 0;
  return [...base.filter(active), ...user.added.filter(active).map(toRule)];
}

/**
 * A person's own rule pulls twice as hard as a pack rule of the same effect unless they weighed it themselves: it is
 * what they know of the work, and it must outweigh the words the lexicon learned ("Water the office plants" with
 * "AI can do this · automation" reads automatable, though watering plants is hands-on work to the packs and the data).
 */
const ADDED_WEIGHT = 2;

/** A classifier with the user's rules, compiled once; `rule(id)` also finds the added rules. */
export function createUserClassifier(lexicon: Lexicon, user: UserRules, base: readonly Rule[] = RULES): RuleClassifier {
  const weights = { ...Object.fromEntries(user.added.map((rule) => [rule.id, ADDED_WEIGHT])), ...user.weights };
  return createClassifier(lexicon, { rules: applyUserRules(base, user), weights });
}

/** Looks a rule id up among the packs and the user's added rules (for the sidebar's reasons). */
export function userRuleLookup(user: UserRules, base: readonly Rule[] = RULES): (id: string) => Rule | undefined {
  const byId = new Map(base.map((r) => [r.id, r]));
  for (const added of user.added) byId.set(added.id, toRule(added));
  return (id) => byId.get(id);
}

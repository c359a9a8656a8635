// The options page's rules, grouped by pack (data/rules/<pack>.json) plus the person's own, and filtered by what a person reads.
import type { Locale } from '../engine/language';
import type { Rule } from '../engine/rules/schema';
import type { MessageKey } from './i18n';

/** A pack's rules, or the person's own ("mine"). */
export interface RuleGroup {
  id: string;
  rules: readonly Rule[];
}

export const MINE = 'mine';

/** Each pack's name a person reads (tests/unit/rule-groups.test.ts keeps it in step with data/rules/). */
export const GROUP_KEYS: Record<string, MessageKey> = {
  any: 'optionsPackAny',
  en: 'optionsPackEn',
  zh: 'optionsPackZh',
  [MINE]: 'optionsPackMine',
};

/** Whether a rule matches the filter: its name or reason in the page's language, the words it matches, or its id. */
export function ruleMatches(rule: Rule, query: string, lang: Locale): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const words = [rule.name[lang], rule.reason[lang], rule.id, ...(rule.match.phrases ?? []), ...(rule.match.verbs ?? []), ...(rule.match.objects ?? [])];
  return words.some((w) => w.toLowerCase().includes(q));
}

export interface ShownGroup extends RuleGroup {
  /** The group's rules the filter lets through (all of them without a filter). */
  shown: readonly Rule[];
  /** All its rules. */
  total: number;
}

/** The groups with what the filter lets through; while filtering, a group with no match is left out. */
export function filterGroups(groups: readonly RuleGroup[], query: string, lang: Locale): ShownGroup[] {
  return groups
    .map((group) => ({ ...group, shown: group.rules.filter((rule) => ruleMatches(rule, query, lang)), total: group.rules.length }))
    .filter((group) => group.shown.length > 0);
}

import anyPack from '../../data/rules/any.json';
import enPack from '../../data/rules/en.json';
import zhPack from '../../data/rules/zh.json';
import { checkedData } from '../data-files';
import type { Rule, RulePack } from './schema';

/** Every file in data/rules/, by file name (a test keeps this list and the folder in step). */
export const RULE_PACK_FILES = { 'any.json': anyPack, 'en.json': enPack, 'zh.json': zhPack } as const;

/** The rule reported when no other rule fired. */
export const FALLBACK_RULE_ID = 'no-signal';
/** Reported when the fitted lexicon's words carry the label (see data/rules/lexicon.json). */
export const LEXICON_EXPOSED_ID = 'lexicon-exposed';
export const LEXICON_HANDS_ON_ID = 'lexicon-hands-on';
/** Reported by analyzePosting when the rest of the posting tips a borderline task (engine/rules/context.ts). */
export const CONTEXT_DESK_ID = 'posting-context-desk';
export const CONTEXT_HANDS_ON_ID = 'posting-context-hands-on';
/** Reported by analyzePosting when a duty's main clause decides its label (engine/rules/main-verb.ts). */
export const PEOPLE_VERB_ID = 'people-main-verb';
export const HANDS_ON_VERB_ID = 'hands-on-main-verb';
export const DESK_VERB_ID = 'desk-main-verb';
export const JUDGMENT_VERB_ID = 'judgment-main-verb';
export const ROUTINE_VERB_ID = 'routine-main-verb';
/** Rules with reasons but no terms of their own: classify() reports them, the matcher never fires them. */
export const SYNTHETIC_RULE_IDS: ReadonlySet<string> = new Set([
  FALLBACK_RULE_ID,
  LEXICON_EXPOSED_ID,
  LEXICON_HANDS_ON_ID,
  CONTEXT_DESK_ID,
  CONTEXT_HANDS_ON_ID,
  PEOPLE_VERB_ID,
  HANDS_ON_VERB_ID,
  DESK_VERB_ID,
  JUDGMENT_VERB_ID,
  ROUTINE_VERB_ID,
]);

export const PACKS: RulePack[] = Object.values(RULE_PACK_FILES).map((json) => checkedData<RulePack>(json));

export const RULES: Rule[] = PACKS.flatMap((pack) => pack.rules);

const byId = new Map(RULES.map((rule) => [rule.id, rule]));

/** A rule's reason and tip, for the sidebar. */
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

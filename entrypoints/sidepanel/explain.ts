import type { Explain } from '../../components/SidePanel';
import { ruleById } from '../../engine/rules/packs';
import type { Rule } from '../../engine/rules/schema';
import { EXPOSURE_FORMULA } from '../../engine/rules/summarize';

/** Reasons and tips of the rules a task names; pass the user's lookup so their added rules explain themselves too. */
export function explainFor(lookup: (id: string) => Rule | undefined = ruleById): Explain {
  return {
    reason: (id, lang) => lookup(id)?.reason[lang],
    tip: (id, lang) => lookup(id)?.tip?.[lang],
    formula: EXPOSURE_FORMULA,
  };
}

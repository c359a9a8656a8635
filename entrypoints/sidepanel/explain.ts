import type { Explain } from '../../components/SidePanel';
import { ruleById } from '../../engine/rules/packs';
import { EXPOSURE_FORMULA } from '../../engine/rules/summarize';

export const explain: Explain = {
  reason: (id, lang) => ruleById(id)?.reason[lang],
  tip: (id, lang) => ruleById(id)?.tip?.[lang],
  formula: EXPOSURE_FORMULA,
};

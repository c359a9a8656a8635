import type { OptionsEngine } from '../../components/OptionsApp';
import { classify, LEXICON, type Classifier } from '../../engine/rules/classify';
import { PACKS, SYNTHETIC_RULE_IDS } from '../../engine/rules/packs';
import { createUserClassifier, toRule, type UserRules } from '../../engine/rules/user-rules';
import { MAX_TASK_CHARS, MAX_TASKS } from '../../engine/tasks/segment';

/** The engine for the options page: the classifier with the draft rules is compiled once per draft. */
export function createOptionsEngine(): OptionsEngine {
  let key = '';
  let mine: Classifier = classify;
  const withRules = (user: UserRules): Classifier => {
    const next = JSON.stringify(user);
    if (next !== key) {
      key = next;
      mine = createUserClassifier(LEXICON, user);
    }
    return mine;
  };
  return {
    packs: PACKS.map((pack) => ({ id: pack.id, rules: pack.rules.filter((rule) => !SYNTHETIC_RULE_IDS.has(rule.id)) })).filter((pack) => pack.rules.length > 0),
    toRule,
    preview(texts, user) {
      const after = withRules(user);
      // The same caps as a posting's tasks, so a huge paste stays quick.
      return texts.slice(0, MAX_TASKS).map((line) => {
        const text = line.trim().slice(0, MAX_TASK_CHARS);
        return { text, before: classify(text), after: after(text) };
      });
    },
  };
}

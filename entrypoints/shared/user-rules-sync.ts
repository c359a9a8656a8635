import { classify, LEXICON, type Classifier } from '../../engine/rules/classify';
import { createUserClassifier, EMPTY_USER_RULES, isUserRulesEmpty } from '../../engine/rules/user-rules';
import { send } from '../../messaging/client';

/**
 * The classifier the page analyses with: the user's rules from the background, fetched at start and
 * on `refresh()`; calls `onChange` when they differ from the ones in use (compiled once per change).
 */
export function syncUserRules(onChange: () => void) {
  let current: Classifier = classify;
  let key = JSON.stringify(EMPTY_USER_RULES);

  async function refresh(): Promise<void> {
    const answer = await send({ type: 'content:getUserRules' });
    if (!answer.ok) return;
    const { userRules } = answer.data;
    const next = JSON.stringify(userRules);
    if (next === key) return;
    key = next;
    current = isUserRulesEmpty(userRules) ? classify : createUserClassifier(LEXICON, userRules);
    onChange();
  }
  void refresh();

  return { classifier: (): Classifier => current, refresh };
}

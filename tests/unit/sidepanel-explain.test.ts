import { describe, expect, it } from 'vitest';
import { createUserClassifier, EMPTY_USER_RULES, userRuleLookup, type UserRules } from '../../engine/rules/user-rules';
import { LEXICON } from '../../engine/rules/classify';
import { explainFor } from '../../entrypoints/sidepanel/explain';

const user: UserRules = {
  ...EMPTY_USER_RULES,
  added: [{ id: 'user-plants', phrases: ['office plants'], lang: 'en', effect: { exposure: -3, automation: 0 }, reason: 'I water them by hand' }],
};

describe('side panel reasons', () => {
  it("explains a rule the user added, which the packs alone don't know", () => {
    const task = createUserClassifier(LEXICON, user)('Water the office plants every morning.', 'en');
    expect(task.rules[0]).toBe('user-plants');
    expect(explainFor().reason('user-plants', 'en')).toBeUndefined();
    expect(explainFor(userRuleLookup(user)).reason('user-plants', 'en')).toBe('I water them by hand');
  });

  it('still explains the packs’ rules with the user’s lookup', () => {
    expect(explainFor(userRuleLookup(user)).reason('negotiate', 'en')).toBe(explainFor().reason('negotiate', 'en'));
    expect(explainFor().reason('negotiate', 'en')).toBeTruthy();
  });
});

import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify } from '../../engine/rules/classify';
import { PACKS, RULE_PACK_FILES, RULES, SYNTHETIC_RULE_IDS } from '../../engine/rules/packs';
import { RulePackSchema } from '../../engine/rules/schema';

const HAN = /[\u3400-\u9fff]/;

describe('rule packs (data/rules/*.json)', () => {
  it('loads every rule pack in data/rules (all but the fitted lexicon), each valid against the schema', () => {
    const files = readdirSync(new URL('../../data/rules/', import.meta.url)).filter(
      (f) => f.endsWith('.json') && f !== 'lexicon.json',
    );
    expect(Object.keys(RULE_PACK_FILES).sort()).toEqual(files.sort());
    for (const json of Object.values(RULE_PACK_FILES)) expect(RulePackSchema.safeParse(json).success).toBe(true);
  });

  it('has unique ids and enough rules in each language', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    expect(RULES.filter((r) => r.lang === 'en').length).toBeGreaterThanOrEqual(55);
    expect(RULES.filter((r) => r.lang === 'zh').length).toBeGreaterThanOrEqual(40);
    expect(PACKS.length).toBe(3);
  });

  it.each(RULES)('$id explains itself in en and zh_CN, with a tip when it pushes towards augmentation', (rule) => {
    expect(rule.reason.en.trim()).not.toBe('');
    expect(rule.reason.zh_CN).toMatch(HAN);
    if (rule.effect.automation < 0) {
      expect(rule.tip?.en.trim()).toBeTruthy();
      expect(rule.tip?.zh_CN).toMatch(HAN);
    }
  });

  it.each(RULES.filter((r) => !SYNTHETIC_RULE_IDS.has(r.id)))('$id fires on its own terms', (rule) => {
    const lang = rule.lang === 'zh' ? 'zh' : 'en';
    const { phrases = [], verbs = [], objects = [] } = rule.match;
    expect(phrases.length + verbs.length + objects.length).toBeGreaterThan(0);
    for (const phrase of phrases) {
      expect(classify(phrase, HAN.test(phrase) ? 'zh' : lang).rules, phrase).toContain(rule.id);
    }
    if (verbs.length && objects.length) {
      for (const verb of verbs) expect(classify(`${verb} the ${objects[0]}`, lang).rules, verb).toContain(rule.id);
      for (const object of objects) expect(classify(`${verbs[0]} the ${object}`, lang).rules, object).toContain(rule.id);
    }
  });
});

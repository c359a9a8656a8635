import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import lexiconJson from '../../data/rules/lexicon.json';
import { classify, createClassifier, LEXICON } from '../../engine/rules/classify';
import { classMap, parseLead, wordFeatures } from '../../engine/rules/features';
import { LEXICON_EXPOSED_ID, LEXICON_HANDS_ON_ID, ruleById, RULES } from '../../engine/rules/packs';
import { LexiconSchema } from '../../engine/rules/schema';
import { tokenize } from '../../engine/rules/tokenize';

const HAN = /[\u3400-\u9fff]/;

describe('data/rules/lexicon.json', () => {
  it('validates against its schema and says where it came from', () => {
    const parsed = LexiconSchema.safeParse(lexiconJson);
    expect(parsed.success, parsed.error?.message).toBe(true);
    expect(LEXICON.provenance.source).toBe('onet-task-exposure.dev.tsv');
    expect(LEXICON.provenance.rows).toBeGreaterThan(1000);
  });

  // The page's content script carries none of it (scripts/bench-sizes.ts); the background, the side panel and the CLI
  // parse it whole at start-up. It grows with the hand-read posting duties fitted beside O*NET's (145,120 B at 154 sets).
  it('stays small enough to parse at start-up', () => {
    expect(statSync(new URL('../../data/rules/lexicon.json', import.meta.url)).size).toBeLessThan(150 * 1024);
  });

  it('weighs only rules that exist, and words the data saw', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const model of [LEXICON.exposure, LEXICON.automation]) {
      for (const id of Object.keys(model.rules)) expect(ids, id).toContain(id);
      expect(Object.keys(model.words).length).toBeGreaterThan(100);
    }
    expect(LEXICON.exposure.words['report']).toBeGreaterThan(0);
  });
});

describe('the lexicon in classify()', () => {
  it.each([LEXICON_EXPOSED_ID, LEXICON_HANDS_ON_ID])('%s has a reason in en and zh_CN', (id) => {
    expect(ruleById(id)?.reason.en).toBeTruthy();
    expect(ruleById(id)?.reason.zh_CN).toMatch(HAN);
  });

  it('names the words behind a lexicon-driven label, taken from the task itself', () => {
    const result = classify('Prepare invoices and reports for the accounts team.');
    expect(result.rules).toContain(LEXICON_EXPOSED_ID);
    expect(result.terms?.length).toBeGreaterThan(0);
    for (const term of result.terms ?? []) expect(result.text.toLowerCase()).toContain(term);
    const physical = classify('Groom dogs and trim their nails.');
    expect(physical.label).toBe('human-led');
    expect(physical.rules).toContain(LEXICON_HANDS_ON_ID);
  });

  it('leaves terms out when the lexicon did not decide', () => {
    expect(classify('Zorble the quux.')).not.toHaveProperty('terms');
    expect(classify('负责与供应商进行商务谈判')).not.toHaveProperty('terms');
  });
});

describe('word-class features', () => {
  const classes = { document: 'draft prepar record', analyze: 'analyz review' };

  it('name the class of each classed word, of the lead verb, and of the lead verb with the next word', () => {
    const features = wordFeatures(tokenize('Draft and review the minutes.'), classMap(classes));
    expect(features).toEqual(expect.arrayContaining(['%document', '%analyze', '^%document', '^%document>%analyze']));
    expect(wordFeatures(tokenize('Groom dogs.'), classMap(classes)).some((f) => f.includes('%'))).toBe(false);
  });

  it('lend a word the weight of its class in classify(), added to its own', () => {
    const model = (words: Record<string, number>) => ({ bias: 0, hand: 0, rules: {}, words });
    const mine = createClassifier({ ...LEXICON, classes, exposure: model({ '%document': 1, '^%document': 0.5, '^%document>%analyze': 0.25, record: 2 }), automation: model({}) });
    const logit = (text: string) => Math.log(mine(text, 'en').exposure / (1 - mine(text, 'en').exposure));
    expect(logit('Draft minutes')).toBeCloseTo(1.5, 3);
    expect(logit('Draft and review minutes')).toBeCloseTo(1.75, 3);
    expect(logit('Record minutes')).toBeCloseTo(3.5, 3);
    expect(logit('Minutes are drafted')).toBeCloseTo(1, 3);
    expect(logit('Groom dogs')).toBeCloseTo(0, 3);
    expect(mine('Draft and review minutes', 'en').terms).toContain('draft');
  });
});

describe('lead-verb features', () => {
  it('name the first content word alone and with each of the next two', () => {
    const features = wordFeatures(tokenize('Prepare the financial reports for the board.'));
    expect(features).toEqual(expect.arrayContaining(['prepar', 'prepar financial', '^prepar', '^prepar>financial', '^prepar>>report']));
    expect(features.filter((f) => f.startsWith('^'))).toHaveLength(3);
    expect(parseLead('^prepar>>report')).toEqual({ verb: 'prepar', gap: 2, object: 'report' });
    expect(parseLead('^prepar>financial')).toEqual({ verb: 'prepar', gap: 1, object: 'financial' });
    expect(parseLead('^prepar')).toEqual({ verb: 'prepar', gap: 0, object: '' });
    expect(parseLead('prepar report')).toBeUndefined();
  });

  it('weigh in classify() only when the verb leads the task, and name the verb and its object', () => {
    const model = (words: Record<string, number>) => ({ bias: 0, hand: 0, rules: {}, words });
    const lexicon = {
      ...LEXICON,
      exposure: model({ '^groom': -2, '^groom>>nail': -1 }),
      automation: model({}),
    };
    const mine = createClassifier(lexicon);
    // "nails" is the fourth content word here: too far from the verb to count as its object.
    expect(mine('Groom the dogs and trim nails', 'en').exposure).toBeCloseTo(1 / (1 + Math.exp(2)), 3);
    expect(mine('Groom dogs and nails', 'en').exposure).toBeCloseTo(1 / (1 + Math.exp(3)), 3);
    expect(mine('Dogs need grooming daily', 'en').exposure).toBe(0.5);
    expect(mine('Groom dogs and nails', 'en').terms).toEqual(['groom', 'groom dogs and nails']);
  });
});

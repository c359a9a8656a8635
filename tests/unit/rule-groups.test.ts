import { describe, expect, it } from 'vitest';
import { filterGroups, GROUP_KEYS, MINE, ruleMatches } from '../../components/rule-groups';
import { PACKS, RULES } from '../../engine/rules/packs';
import { createOptionsEngine } from '../../entrypoints/options/engine';
import en from '../../public/_locales/en/messages.json';

const rule = (id: string) => RULES.find((r) => r.id === id)!;

describe('rule groups on the options page', () => {
  it('every pack in data/rules/ and the person\'s own rules have a name a person reads', () => {
    for (const id of [...PACKS.map((p) => p.id), MINE]) expect(GROUP_KEYS[id] && GROUP_KEYS[id] in en, id).toBe(true);
  });

  it('every rule has a name in both languages, none repeated within its pack', () => {
    for (const pack of PACKS) {
      for (const lang of ['en', 'zh_CN'] as const) {
        const names = pack.rules.map((r) => r.name[lang].toLowerCase());
        expect(names.filter((n, i) => names.indexOf(n) !== i), `${pack.id} ${lang}`).toEqual([]);
      }
    }
  });

  it('filters by the name and reason in the page\'s language, and by the words the rule matches', () => {
    expect(ruleMatches(rule('writing-drafting'), 'Drafting Documents', 'en')).toBe(true);
    expect(ruleMatches(rule('writing-drafting'), '起草文档', 'zh_CN')).toBe(true);
    expect(ruleMatches(rule('writing-drafting'), '起草文档', 'en')).toBe(false);
    expect(ruleMatches(rule('zh-negotiate'), 'negotiating', 'zh_CN')).toBe(false);
    expect(ruleMatches(rule('operate-machinery'), 'forklift', 'zh_CN')).toBe(true);
  });

  it('leaves out the groups with no match and counts what each shows', () => {
    // The rules a person can change, by pack, as the options page gets them.
    const groups = createOptionsEngine().packs;
    expect(filterGroups(groups, '', 'en').map((g) => [g.id, g.shown.length])).toEqual(groups.map((g) => [g.id, g.rules.length]));
    const shown = filterGroups(groups, '谈判', 'zh_CN');
    expect(shown.map((g) => [g.id, g.shown.map((r) => r.id), g.total])).toEqual([
      ['en', ['negotiate'], groups[1]!.rules.length],
      ['zh', ['zh-negotiate'], groups[2]!.rules.length],
    ]);
  });
});

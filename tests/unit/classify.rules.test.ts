import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classify, zhSenses } from '../../engine/rules/classify';
import { mainVerbOf } from '../../engine/rules/main-verb';
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

  // A phrase fires its rule alone (compile.ts), so a verb or object that is also one of the rule's phrases is never read.
  it.each(RULES)('$id lists no verb or object that is already one of its phrases', (rule) => {
    const phrases = new Set(rule.match.phrases ?? []);
    expect([...(rule.match.verbs ?? []), ...(rule.match.objects ?? [])].filter((term) => phrases.has(term))).toEqual([]);
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

describe('Chinese words read in the sense their neighbours give them', () => {
  const fired = (text: string) => classify(text, 'zh').rules;
  it.each([
    ['按照操作程序完成生产任务', 'zh-coding'],
    ['负责设备的安装调试与维护', 'zh-coding'],
    ['负责生产设备的调试和故障排除', 'zh-coding'],
    ['签订框架协议并跟进执行', 'zh-coding'],
    ['负责商品编码和条码管理', 'zh-coding'],
    ['负责计算机房设备维护', 'zh-calculate-estimate'],
    ['在样板上标注尺码和部位', 'zh-data-annotation'],
    ['负责房地产项目开发报建工作', 'zh-coding'],
    ['负责新品开发和打样跟进', 'zh-coding'],
    ['优化公司组织架构和岗位设置', 'zh-coding'],
    ['撰写短视频脚本并参与拍摄', 'zh-coding'],
    ['作为项目接口人协调各方', 'zh-coding'],
    ['负责课程体系和课程模块设计', 'zh-coding'],
    ['开发华东地区制造业客户，推广公司的ERP软件产品', 'zh-coding'],
    ['负责区域市场开发', 'zh-coding'],
    ['负责淘宝店铺的商品上架和下架', 'zh-physical'],
  ])('%s fires no %s (a procedure, commissioning, an agreement, a number, a computer, marking a part, building, a sample, an organisation, a video script, a contact, a course, customers and markets won, an online shop\'s listings)', (text, rule) => {
    expect(fired(text)).not.toContain(rule);
  });
  it.each([
    ['负责小程序开发', 'zh-coding'],
    ['负责后端程序调试和代码优化', 'zh-coding'],
    ['负责PLC程序编写', 'zh-coding'],
    ['负责自动化测试脚本编写', 'zh-coding'],
    ['负责Python脚本开发', 'zh-coding'],
    ['开发客户端新功能', 'zh-coding'],
    ['开发新功能满足市场需求', 'zh-coding'],
    ['负责图像数据标注', 'zh-data-annotation'],
    ['负责成本核算和费用计算', 'zh-calculate-estimate'],
    ['负责淘宝店铺的商品上架和下架', 'zh-computer-work'],
    ['负责电商仓库的商品上架、拣货', 'zh-physical'],
  ])('%s still fires %s', (text, rule) => {
    expect(fired(text)).toContain(rule);
  });
});

describe('包装 as presentation (fresh set 159)', () => {
  it('reads a video\'s, a brand\'s or a résumé\'s 包装 as its design, and goods\' 包装 as packing', () => {
    expect(zhSenses('使用剪映完成视频剪辑和字幕包装')).toBe('使用剪映完成视频剪辑和字幕设计');
    expect(zhSenses('负责品牌包装与推广')).toBe('负责品牌设计与推广');
    expect(zhSenses('负责产品包装和打包发货')).toBe('负责产品包装和打包发货');
  });

  it('reads 回签单 (a signed delivery receipt filed) as a receipt, not 签单 (a sale closed): a real 应收会计 posting', () => {
    expect(zhSenses('回签单、报关单存档')).toBe('回执单、报关单存档');
    expect(classify('档案管理：回签单、报关单、收入税票存档', 'zh').rules).not.toContain('zh-sales-visit');
    expect(classify('负责客户签单', 'zh').rules).toContain('zh-sales-visit');
    expect(mainVerbOf('档案管理：回签单、报关单、收入税票存档')).toBeNull();
    expect(mainVerbOf('负责与客户洽谈签单')).toBe('people');
  });
});

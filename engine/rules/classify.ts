import lexiconJson from '../../data/rules/lexicon.json';
import { localeFor, type Language } from '../language';
import { detectLang } from '../text';
import { simplified } from '../traditional';
import type { ClassifiedTask, Label } from '../types';
import { compile, matchChars, matchTokens, type Matcher } from './compile';
import { compileLexicon, newWordScore, scoreWords, topTerms, type CompiledLexicon } from './lexicon';
import { FALLBACK_RULE_ID, LEXICON_EXPOSED_ID, LEXICON_HANDS_ON_ID, ruleById, RULES, SYNTHETIC_RULE_IDS } from './packs';
import { checkedData } from '../data-files';
import type { HandModel, Lexicon, PostingContext, Rule } from './schema';
import { newTokens, tokenizeInto } from './tokenize';
import { compileZhLexicon, scoreTerms, zhTopTerms } from './zh-lexicon';

// exposure = sigmoid(bias + Σ word, word-pair and lead-verb weights + Σ fired rules' weights), all from
// data/rules/lexicon.json; a rule the fit never saw weighs hand · effect.exposure. Chinese text: the same
// with the lexicon's "zh" terms (zh-lexicon.ts), or without one the rules-only model (bias + hand · Σ effect).
// Automation: the same shape.

/** The lexicon is named among the reasons when its words push towards the label by at least this much. */
export const LEXICON_MIN_PUSH = 0.5;
export const MAX_TERMS = 3;
/** Evidence (the logit's move away from the bias) and decisiveness (its distance from 0.5) that make confidence 1. */
const FULL_EVIDENCE = 2;
const FULL_DECISION = 2;

// Words that carry weight in the fit but say nothing a person can check about the task ("company", "new", "take").
const GENERIC = new Set(
  ('company companies new take takes taking took make makes making work works working team teams job jobs role roles year years time times day days ' +
    'increase increases accordingly advance advances within including include includes various other more part also well use used uses using ' +
    'help helps get gets go need needs like way ways area areas level levels high low good best key related relevant appropriate required ' +
    'base based general specific total can should will may must one two three first business new people person individual individuals ' +
    'daily regular regularly ensure ensures provide provides support supports assist assists perform performs activities activity task tasks ' +
    'duty duties responsibility responsibilities responsible position positions compensation pay salary as needed').split(' '),
);

/** A term names the task's content (a verb or its object) unless all its words are generic. */
const isContentTerm = (term: string): boolean => term.split(/[^a-z0-9+#]+/).some((w) => w.length > 2 && !GENERIC.has(w));

export type Classifier = (text: string, lang?: 'auto' | 'en' | 'zh') => ClassifiedTask;
/** A classifier that can also name the rules it reports (including ones added by the user). */
export type RuleClassifier = Classifier & { rule(id: string): Rule | undefined };

export interface ClassifierOptions {
  /** The rules to match (default: the packs'). */
  rules?: readonly Rule[];
  /** Multiplies a rule's whole pull (hand and fitted weight), by rule id; 1 when absent. */
  weights?: Readonly<Record<string, number>>;
}

export function labelFor(exposure: number, automation: number): Label {
  if (exposure < 0.5) return 'human-led';
  return automation >= 0 ? 'automatable' : 'augmentable';
}

/** The most confidence a task without a rule or telling word of its own can show. */
export const UNCLEAR_CONFIDENCE = 0.2;

/** 0..1, two decimals: how far the evidence moved the score, times how far from the 0.5 line it ended. */
export function confidenceOf(evidence: number, z: number): number {
  return Math.round(Math.sqrt(Math.min(1, evidence / FULL_EVIDENCE)) * Math.min(1, Math.abs(z) / FULL_DECISION) * 100) / 100;
}

/** A logit as the exposure a task shows: its probability, to four decimals. */
export const exposureOf = (z: number): number => Math.round((1 / (1 + Math.exp(-z))) * 1e4) / 1e4;

/**
 * Chinese words whose sense the line's other words decide, read in that sense before matching: beside data or models,
 * 清洗 is cleaning data (数据清洗), not washing, and 自动驾驶 a field of software (点云标注 for it), not driving.
 * 开发 before the customers, markets or channels it wins (开发意向客户, 开发华东地区制造业客户, 开发新市场) is selling, not
 * writing code, unless software comes first (开发客户端, 开发新功能满足市场需求), and so is 市场开发 or 客户开发;
 * 调节 of a balance or an account (银行余额调节表) is reconciling it, not adjusting a machine; and a word ending in 理
 * before one opening with 发 (管理发票, 处理发货) holds no 理发 (haircut). 直播 before its figures, scripts or plans
 * (复盘直播数据, 撰写直播话术, 直播间的日常运营, 直播中控) is the stream as a product, worked on online, not performing on it; 邀约
 * candidates to interview is inviting them (邀请), not winning a customer. 计算机 is a computer (电脑), no calculating; 程序
 * outside software (操作程序, 法律程序) is a procedure (规程); 调试 of equipment (设备调试, 安装调试) is commissioning it,
 * not debugging; a 框架协议 is an agreement, 商品编码 a product's number and 标注 of sizes or positions marking a part;
 * an online shop's goods 上下架 are listings published (发布), not shelves filled.
 * Nor is there code in 房地产开发 (building), a product 开发 beside its samples or fabrics (研制), a 组织架构, a 接口人 (a
 * contact), a 课程模块 or a video's or stream's 脚本 (its copy, 文案).
 */
const DATA_WORDS = /数据|data|样本|语料|日志|特征|etl|标注|算法|感知|模型|仿真/;
const INVITED_TO_INTERVIEW = /邀约(?=[^，。；]{0,6}?(?:候选人|面试|应聘|求职))/g;
const LIVE_AS_PRODUCT = /直播(?=间?的?(?:日常)?(?:数据|效果|复盘|脚本|话术|流量|排期|选品|节奏|方案|策划|运营|内容|中控|场控|投放))/g;
const WON = /开发(?=[\u4e00-\u9fff]{0,8}?(?:客户(?!端)|客源|市场|渠道|商家|经销商|代理商|加盟商|合作伙伴|资源))(?![\u4e00-\u9fff]{0,8}?(?:功能|系统|软件|程序|平台|接口|工具|应用|模型|算法|产品|客户端))/g;
const PROCEDURE = /(操作|工作|法律|法定|司法|诉讼|仲裁|审批|审核|办事|规定|标准|安全|应急|检查|检验|管理|质控|入职|离职|招聘|报销|业务|申请|采购|作业|验收|议事|决策|合规|评审|按|按照|依照|遵循|遵守)程序/g;
const COMMISSIONED = /((?:设备|安装|仪器|机器|机械|机组|整机|电气|硬件|产线|生产线|现场)[\u4e00-\u9fff]{0,2}?)调试|调试(?=[\u4e00-\u9fff]{0,2}?(?:设备|仪器|机器|机组))/g;
const NUMBERED = /(商品|物料|产品|货品|条码)编码|编码(?=[\u4e00-\u9fff]{0,2}?(?:商品|物料|货品|条码))/g;
const BUILT = /(房地产|地产|楼盘|土地|园区)(项目)?开发/g;
const MADE = /打样|样品|样衣|面料|款式|配方|模具|包装/;
const COPY = /(视频|直播|拍摄|剧情|广告|口播|分镜|话术|短剧|线上)([\u4e00-\u9fff]{0,2}?)脚本/g;
const MARKED = /标注(?=[^，。；]{0,4}?(?:尺寸|尺码|部位|位置|编号|型号|刻度|记号))/g;
// An online shop's goods (天猫、京东店铺的商品上下架, 抖店) go on and off sale as listings, not onto shelves (unless a store
// room or shelves are there: 电商仓库的商品上架). The shops are the ones data/rules/zh.json's zh-computer-work names.
const LISTED = /天猫|淘宝|京东店铺|拼多多|抖店|网店|亚马逊|速卖通|店铺运营|电商平台|详情页|直播/;
const SHELVED = /仓|货架|拣|搬|陈列|理货/;
// Each sense as the word that must be there, what to read and how: most texts hold none, and a look for the word is
// cheaper than a replace (Chinese classify() stays above 100k tasks/s).
const SENSES: readonly (readonly [word: string, re: RegExp, read: string])[] = [
  ['开发', WON, '开拓'],
  ['开发', /(市场|客户|渠道|商户|商家|客源|经销商|代理商)开发/g, '$1开拓'],
  ['调节', /(余额|账户?)调节/g, '$1核对'],
  ['理发', /([管处整办料梳])理发/g, '$1理 发'],
  ['直播', LIVE_AS_PRODUCT, '线上'],
  ['邀约', INVITED_TO_INTERVIEW, '邀请'],
  ['计算机', /计算机/g, '电脑'],
  ['程序', PROCEDURE, '$1规程'],
  ['调试', COMMISSIONED, '$1调校'],
  ['框架协议', /框架协议/g, '合作协议'],
  ['编码', NUMBERED, '$1编号'],
  ['标注', MARKED, '标明'],
  ['开发', BUILT, '$1$2建设'],
  ['组织架构', /组织架构/g, '组织结构'],
  ['接口人', /接口人/g, '联系人'],
  ['模块', /(课程|培训|教学|知识)模块/g, '$1单元'],
  ['脚本', COPY, '$1$2文案'],
  ['包装', /(字幕|视频|品牌|形象|文案|内容|账号|人设|简历|节目)包装/g, '$1设计'],
  ['回签单', /回签单/g, '回执单'],
];
export function zhSenses(lower: string): string {
  let read = lower;
  for (const [word, re, to] of SENSES) if (read.includes(word)) read = read.replace(re, to);
  if (read.includes('开发') && MADE.test(read)) read = read.replace(/开发/g, '研制');
  if (read.includes('架') && LISTED.test(read) && !SHELVED.test(read)) read = read.replace(/上下架|上架|下架/g, '发布');
  return DATA_WORDS.test(read) ? read.replace(/清洗/g, '整理').replace(/自动驾驶/g, '智能系统') : read;
}

function hasHanChar(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x3400) return detectLang(text) === 'zh';
  return false;
}

function handScore(model: HandModel, matcher: Matcher, scale: Float64Array, fired: number[], key: 'exposure' | 'automation'): number {
  let z = model.bias;
  for (const i of fired) z += model.hand * matcher.rules[i]!.effect[key] * scale[i]!;
  return z;
}

/** The parts of a compiled lexicon (English or Chinese) that weigh the bias and the fired rules. */
type RuleWeights = Pick<CompiledLexicon, 'biasExposure' | 'biasAutomation' | 'ruleExposure' | 'ruleAutomation'>;

/** `model` with each rule's weights multiplied by its scale (in place). */
function scaled<T extends RuleWeights>(model: T, scale: Float64Array): T {
  scale.forEach((w, i) => {
    model.ruleExposure[i]! *= w;
    model.ruleAutomation[i]! *= w;
  });
  return model;
}

export function createClassifier(lexicon: Lexicon, options: ClassifierOptions = {}): RuleClassifier {
  const { rules: ruleList = RULES, weights = {} } = options;
  const matcher = compile(ruleList.filter((rule) => !SYNTHETIC_RULE_IDS.has(rule.id)));
  const scale = Float64Array.from(matcher.rules, (r) => weights[r.id] ?? 1);
  const lex = scaled(compileLexicon(lexicon, matcher.rules), scale);
  const zhLex = lexicon.zh && scaled(compileZhLexicon(lexicon.zh, matcher.rules), scale);
  const strength = matcher.rules.map((_, i) => Math.abs(lex.ruleExposure[i]!) + 0.5 * Math.abs(lex.ruleAutomation[i]!));
  const tokens = newTokens();
  const words = newWordScore();
  const bias = (zh: boolean): number => (!zh ? lex.biasExposure : zhLex ? zhLex.biasExposure : lexicon.handOnly.exposure.bias);

  const classifyTask: Classifier = (text, lang = 'auto') => {
    const useZh = lang === 'auto' ? hasHanChar(text) : lang === 'zh';
    let fired: number[];
    let zE: number;
    let zA: number;
    let push = 0;
    const lower = useZh ? zhSenses(simplified(text).toLowerCase()) : '';
    if (useZh && !zhLex) {
      fired = matchChars(matcher, lower);
      zE = handScore(lexicon.handOnly.exposure, matcher, scale, fired, 'exposure');
      zA = handScore(lexicon.handOnly.automation, matcher, scale, fired, 'automation');
    } else {
      let model: RuleWeights;
      if (zhLex && useZh) {
        fired = matchChars(matcher, lower);
        scoreTerms(zhLex, lower, words);
        model = zhLex;
      } else {
        fired = matchTokens(matcher, tokenizeInto(text, tokens).words);
        scoreWords(lex, tokens, words);
        model = lex;
      }
      push = words.exposure;
      zE = model.biasExposure + push;
      zA = model.biasAutomation + words.automation;
      for (const i of fired) {
        zE += model.ruleExposure[i]!;
        zA += model.ruleAutomation[i]!;
      }
    }
    const exposure = exposureOf(zE);
    const exposed = exposure >= 0.5;
    fired.sort((a, b) => strength[b]! - strength[a]! || a - b);
    const rules = fired.map((i) => matcher.rules[i]!.id);
    const evidence = Math.abs(zE - bias(useZh));
    const task: ClassifiedTask = { text, label: labelFor(exposure, zA), exposure, rules, confidence: confidenceOf(evidence, zE), unclear: false };
    if (Math.abs(push) >= LEXICON_MIN_PUSH && (push > 0) === exposed) {
      const terms = useZh ? zhTopTerms(words, lower, push, MAX_TERMS) : topTerms(words, tokens, push, 4 * MAX_TERMS).filter(isContentTerm).slice(0, MAX_TERMS);
      if (terms.length > 0) {
        let at = 0;
        while (at < fired.length && strength[fired[at]!]! >= Math.abs(push)) at++;
        rules.splice(at, 0, push > 0 ? LEXICON_EXPOSED_ID : LEXICON_HANDS_ON_ID);
        task.terms = terms;
      }
    }
    if (rules.length === 0) {
      rules.push(FALLBACK_RULE_ID);
      task.unclear = true;
      task.confidence = Math.min(task.confidence, UNCLEAR_CONFIDENCE);
    }
    return task;
  };
  const byId = new Map(ruleList.map((rule) => [rule.id, rule]));
  return Object.assign(classifyTask, { rule: (id: string) => byId.get(id) ?? ruleById(id) });
}

export const LEXICON: Lexicon = checkedData<Lexicon>(lexiconJson);

/** The posting-context pull fitted for tasks in this language (the English one where Chinese has none). */
export const postingContextFor = (language: Language): PostingContext | undefined =>
  localeFor(language) === 'zh_CN' ? (LEXICON.zh?.context ?? LEXICON.context) : LEXICON.context;
let shipped: RuleClassifier | undefined;
const shippedClassifier = (): RuleClassifier => (shipped ??= createClassifier(LEXICON));

/** The shipped classifier, built on its first task: a listing page, which shows title priors only, never pays for it. */
export const classify: RuleClassifier = Object.assign((text: string, lang?: 'auto' | 'en' | 'zh') => shippedClassifier()(text, lang), {
  rule: (id: string) => shippedClassifier().rule(id),
});

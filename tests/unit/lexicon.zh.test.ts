import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, createClassifier, LEXICON } from '../../engine/rules/classify';
import { LEXICON_EXPOSED_ID, LEXICON_HANDS_ON_ID, RULES } from '../../engine/rules/packs';
import { LexiconSchema, type Lexicon } from '../../engine/rules/schema';
import { addTerm, newTrie, scanTerms, zhFeatures } from '../../engine/rules/zh-terms';
import { buildLexicon, serializeLexicon } from '../../scripts/rules-build';
import { readTaskFile, readZhTaskFile } from '../../scripts/rules-data';
import { DEFAULT_FIT, exposureTargets } from '../../scripts/rules-fit';
import { DEFAULT_ZH_FIT, taught, vocabulary } from '../../scripts/rules-fit-zh';

const MINI = new URL('../fixtures/tasks/mini-exposure.tsv', import.meta.url).pathname;
const MINI_ZH = new URL('../fixtures/tasks/mini-exposure.zh.tsv', import.meta.url).pathname;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function trieOf(terms: string[]) {
  const trie = newTrie();
  terms.forEach((t, i) => addTerm(trie, t, i));
  return trie;
}

describe('Chinese terms as substrings (engine/rules/zh-terms.ts)', () => {
  it('finds every term, overlapping ones too, by start then length', () => {
    const terms = ['数据', '数据录入', '录入', '据录'];
    const found: string[] = [];
    scanTerms(trieOf(terms), '负责数据录入', (id, start, end) => found.push(`${terms[id]}@${start}-${end}`));
    expect(found).toEqual(['数据@2-4', '数据录入@2-6', '据录@3-5', '录入@4-6']);
  });

  it('gives the fit each term once per task, however often it stands there', () => {
    const terms = ['团队', '管理'];
    expect(zhFeatures(trieOf(terms), terms, '带领团队，做好团队管理').sort()).toEqual(['团队', '管理']);
  });

  it('builds its vocabulary from words and bigrams of the given tasks only, marking bigrams that are never a word', () => {
    const vocab = vocabulary(['负责撰写报告', '撰写报告初稿', '清洁地面'], 2);
    expect(vocab).toContain('撰写');
    expect(vocab).toContain('报告');
    expect(vocab).toContain('~写报');
    expect(vocab.some((t) => t.includes('清洁'))).toBe(false);
  });

  it('adds the lead verb and its object, after 负责/参与/协助/配合, as terms of their own', () => {
    const vocab = vocabulary(['负责审核合同条款', '审核合同并归档', '协助清洁地面'], 2);
    expect(vocab).toContain('^审核');
    expect(vocab).toContain('^审核合同');
    expect(vocab.some((t) => t.startsWith('^') && t.includes('清洁'))).toBe(false);
  });
});

describe('the Chinese lexicon in classify()', () => {
  const model = (words: Record<string, number>, bias = 0) => ({ bias, hand: 0, rules: {}, words });
  const zh = (words: Record<string, number>): Lexicon => ({
    ...LEXICON,
    zh: { provenance: LEXICON.provenance, exposure: model(words, -0.5), automation: model({}) },
  });

  it('adds the weights of the terms found, each once, to the bias', () => {
    const mine = createClassifier(zh({ 数据: 0.4, 录入: 0.9, '~据录': 0.2 }), { rules: [] });
    expect(mine('数据录入，数据核对', 'zh').exposure).toBeCloseTo(sigmoid(-0.5 + 0.4 + 0.9 + 0.2), 3);
    expect(mine('清扫地面', 'zh').exposure).toBeCloseTo(sigmoid(-0.5), 3);
  });

  it("weighs a lead term only where the duty's verb starts", () => {
    const mine = createClassifier(zh({ '^搬运': 2 }), { rules: [] });
    expect(mine('负责搬运货物', 'zh').exposure).toBeCloseTo(sigmoid(-0.5 + 2), 3);
    expect(mine('搬运货物', 'zh').exposure).toBeCloseTo(sigmoid(-0.5 + 2), 3);
    expect(mine('安排人员搬运货物', 'zh').exposure).toBeCloseTo(sigmoid(-0.5), 3);
  });

  it('names the words behind the label as the stretch of text they cover, never a bare bigram', () => {
    const mine = createClassifier(zh({ 数据: 0.4, 录入: 0.9, 数据录入: 0.3, '~责数': 1 }), { rules: [] });
    const result = mine('负责数据录入', 'zh');
    expect(result.rules).toContain(LEXICON_EXPOSED_ID);
    expect(result.terms).toEqual(['数据录入']);
  });

  it('keeps the rules-only model when the lexicon has no Chinese', () => {
    const { zh: _, ...english } = LEXICON;
    const mine = createClassifier(english as Lexicon);
    const fired = RULES.filter((r) => r.id === 'zh-data-entry' || r.id === 'zh-responsible-for');
    const z = LEXICON.handOnly.exposure.bias + LEXICON.handOnly.exposure.hand * fired.reduce((s, r) => s + r.effect.exposure, 0);
    expect(mine('负责数据录入', 'zh').exposure).toBeCloseTo(sigmoid(z), 3);
    expect(mine('负责数据录入', 'zh')).not.toHaveProperty('terms');
  });

  it('ships a Chinese lexicon fitted on the Chinese task file, which reads desk and hands-on duties apart', () => {
    expect(LexiconSchema.safeParse(LEXICON).success).toBe(true);
    expect(LEXICON.zh?.provenance.source).toBe('onet-task-exposure.dev.zh.tsv');
    expect(LEXICON.zh?.provenance.rows).toBeGreaterThan(1000);
    expect(Object.keys(LEXICON.zh?.exposure.words ?? {}).length).toBeGreaterThan(500);
    expect(LEXICON.zh?.exposure.words['报告']).toBeGreaterThan(0);
    expect(LEXICON.zh?.exposure.words['清洁']).toBeLessThan(0);
    const desk = classify('负责撰写月度财务分析报告');
    expect(desk.label).not.toBe('human-led');
    expect(desk.rules).toContain(LEXICON_EXPOSED_ID);
    for (const term of desk.terms ?? []) expect(desk.text).toContain(term);
    const hands = classify('负责清洁车间地面和设备');
    expect(hands.label).toBe('human-led');
    expect(hands.rules).toContain(LEXICON_HANDS_ON_ID);
  });
});

describe('rules-build with a Chinese task file', () => {
  it('fits the same Chinese lexicon twice from the same small files, valid against the schema', () => {
    const options = { ...DEFAULT_FIT, l2: 1, minCount: 2 };
    const first = buildLexicon(MINI, options, MINI_ZH);
    const text = serializeLexicon(first);
    expect(serializeLexicon(buildLexicon(MINI, options, MINI_ZH))).toBe(text);
    expect(LexiconSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(first.zh?.provenance).toMatchObject({ source: 'mini-exposure.zh.tsv', rows: 40, occupations: 8 });
    expect(first.zh?.provenance.options).toMatchObject({ nb: DEFAULT_ZH_FIT.nb });
    // Two whole builds, each with its English teacher and context folds: 3 s alone, over 5 s beside busy workers.
  }, 30_000);

  it('joins the Chinese rows to their labels, and names a row it cannot join', () => {
    const { rows, english } = readZhTaskFile(MINI_ZH, MINI);
    expect(rows[3]).toMatchObject({ onet_soc: '91-0001.00', human_exposure: 'E0', task: '负责在仓库搬运和码放货箱' });
    expect(english[3]).toBe(3);
    const dir = mkdtempSync(join(tmpdir(), 'zh-'));
    const bad = join(dir, 'bad.zh.tsv');
    writeFileSync(bad, 'onet_soc\ttask_id\tzh\n91-0001.00\t999\t负责录入\n');
    expect(() => readZhTaskFile(bad, MINI)).toThrow(/line 2: no labelled task 91-0001.00 999/);
  });
});

describe('the English lexicon teaching the Chinese fit (scripts/rules-fit-zh.ts taught)', () => {
  it("mixes each target with its teacher's reading at the teacher's share, and leaves a row without one on its labels", () => {
    const { rows } = readZhTaskFile(MINI_ZH, MINI);
    const row = { ...rows[0]!, human_exposure: 'E1', gpt4_exposure: 'E0' } as typeof rows[0];
    const targets = exposureTargets([{ ...row, teacher: 0.2 }, row], { ...DEFAULT_ZH_FIT, gpt4Label: 0.2, teacher: 0.3 });
    expect(targets[0]).toBeCloseTo(0.5 * 1 + 0.2 * 0 + 0.3 * 0.2, 6);
    expect(targets[1]).toBeCloseTo(0.8, 6);
  });

  it('reads each Chinese row by its English original, the teacher fitted on the English tasks of those rows\' occupations alone', () => {
    const { rows } = readZhTaskFile(MINI_ZH, MINI);
    const english = readTaskFile(MINI).rows;
    const some = rows.filter((r) => r.onet_soc !== rows[0]!.onet_soc);
    const read = taught(some, english, DEFAULT_ZH_FIT);
    expect(read.every((r) => r.teacher !== undefined && r.teacher >= 0 && r.teacher <= 1)).toBe(true);
    // Another occupation's English tasks teach nothing: the held-out occupation of a fold never leaks into its teacher.
    const mine = new Set(some.map((r) => r.onet_soc));
    expect(taught(some, english.filter((r) => mine.has(r.onet_soc)), DEFAULT_ZH_FIT).map((r) => r.teacher)).toEqual(read.map((r) => r.teacher));
    expect(taught(some, [], DEFAULT_ZH_FIT).every((r) => r.teacher === undefined)).toBe(true);
  });
});

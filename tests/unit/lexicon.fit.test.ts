import { describe, expect, it } from 'vitest';
import { LexiconSchema } from '../../engine/rules/schema';
import { resolve } from 'node:path';
import { buildArgs, buildLexicon, serializeLexicon } from '../../scripts/rules-build';
import { fitWithPostingDuties, labelledDutyRows, postingDutyRows } from '../../scripts/fresh-postings';
import { readTaskFile } from '../../scripts/rules-data';
import { DEFAULT_FIT, fitLexicon } from '../../scripts/rules-fit';
import { fitLogistic, type SparseRow } from '../../scripts/rules-logreg';

const MINI = new URL('../fixtures/tasks/mini-exposure.tsv', import.meta.url).pathname;

describe('fitLogistic', () => {
  it('learns a separable rule on a tiny synthetic set', () => {
    // Feature 0 decides the class, feature 1 is noise present everywhere, feature 2 is rare noise.
    const rows: SparseRow[] = [];
    const y: number[] = [];
    for (let i = 0; i < 40; i++) {
      const positive = i % 2 === 0;
      const idx = positive ? [0, 1] : [1];
      if (i % 5 === 0) idx.push(2);
      rows.push({ idx: Int32Array.from(idx), val: Float64Array.from(idx, () => 1) });
      y.push(positive ? 1 : 0);
    }
    const fit = fitLogistic(rows, y, 3, { l2: 0.1 });
    expect(fit.weights[0]).toBeGreaterThan(2);
    expect(Math.abs(fit.weights[2]!)).toBeLessThan(0.5);
    const predict = (row: SparseRow) => row.idx.reduce((z, j, k) => z + fit.weights[j]! * row.val[k]!, fit.bias);
    rows.forEach((row, i) => expect(predict(row) > 0, `row ${i}`).toBe(y[i] === 1));
  });

  it('shrinks weights as the penalty grows, and is deterministic', () => {
    const rows: SparseRow[] = [0, 1, 0, 1, 1].map((j) => ({ idx: Int32Array.of(j), val: Float64Array.of(1) }));
    const y = [1, 0, 1, 0, 1];
    const weak = fitLogistic(rows, y, 2, { l2: 0.01 });
    const strong = fitLogistic(rows, y, 2, { l2: 10 });
    expect(Math.abs(strong.weights[0]!)).toBeLessThan(Math.abs(weak.weights[0]!));
    expect(fitLogistic(rows, y, 2, { l2: 10 })).toEqual(strong);
  });
});

describe('rules-build', () => {
  it('writes the same lexicon twice from the same small file, valid against the schema', () => {
    // 40 rows need a lighter penalty than 8,000 for any word to keep a weight.
    const options = { ...DEFAULT_FIT, l2: 1, minCount: 2, postings: 0 };
    const first = buildLexicon(MINI, options);
    const text = serializeLexicon(first);
    expect(serializeLexicon(buildLexicon(MINI, options))).toBe(text);
    expect(LexiconSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(first.provenance).toMatchObject({ source: 'mini-exposure.tsv', rows: 40, occupations: 8 });
    expect(Object.keys(first.exposure.words).length).toBeGreaterThan(0);
  });

  it('reads the source path wherever it stands, before or after --out', () => {
    const [src, out] = [resolve('a.tsv'), resolve('b.json')];
    expect(buildArgs(['a.tsv'])).toMatchObject({ source: src });
    expect(buildArgs(['a.tsv', '--out', 'b.json'])).toMatchObject({ source: src, out });
    expect(buildArgs(['--out', 'b.json', 'a.tsv'])).toMatchObject({ source: src, out });
    expect(buildArgs(['--zh', 'c.zh.tsv', 'a.tsv'])).toMatchObject({ source: src, zhSource: resolve('c.zh.tsv') });
    expect(buildArgs(['--out', 'b.json']).source).not.toBe(resolve('b.json'));
  });
});

describe('the hand-read posting duties fitted beside O*NET\'s tasks', () => {
  it('are the English duties of the sets, labelled in the data\'s columns, one occupation per set', () => {
    const rows = postingDutyRows(['en-set10.json', 'zh-set1.json']);
    expect(rows).toHaveLength(7);
    expect(new Set(rows.map((r) => r.onet_soc))).toEqual(new Set(['post:en-set10.json']));
    const byText = new Map(rows.map((r) => [r.task, r]));
    expect(byText.get('Greets patients and visitors at the registration desk')).toMatchObject({ human_exposure: 'E0' });
    expect(byText.get('Verifies eligibility with payers through online portals')).toMatchObject({ human_exposure: 'E1', gpt4_automation: 'T3' });
    expect(byText.get('Scans identification cards and consent forms into the patient record')).toMatchObject({ human_exposure: 'E1', gpt4_automation: 'T3' });
  });

  it('take in the hand-labelled duty lines too (duty-labels), English only, none a fresh set already holds', () => {
    const rows = labelledDutyRows();
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.every((r) => /^labels:en-set\d+\.json$/.test(r.onet_soc))).toBe(true);
    const squeeze = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const inSets = new Set(postingDutyRows().map((r) => squeeze(r.task)));
    expect(rows.filter((r) => inSets.has(squeeze(r.task)))).toEqual([]);
    const administer = rows.find((r) => r.task === 'Administer medications and IV therapy per physician orders');
    expect(administer).toMatchObject({ human_exposure: 'E0' });
  });

  it('move the fit only when weighed, and more the more they weigh', () => {
    const { rows } = readTaskFile(MINI);
    const options = { ...DEFAULT_FIT, l2: 1, minCount: 2 };
    const sets = ['en-set10.json', 'en-set11.json', 'en-set12.json'];
    const none = fitWithPostingDuties(rows, { ...options, postings: 0 }, [], sets);
    expect(none).toEqual(fitLexicon(rows, options));
    const once = fitWithPostingDuties(rows, { ...options, postings: 1 }, [], sets);
    const twice = fitWithPostingDuties(rows, { ...options, postings: 2 }, [], sets);
    // Patients and payments stand in posting duties only (the mini file has none): weighed, they get a weight, growing with theirs.
    for (const word of ['<patient', '<payment']) {
      expect(none.exposure.words[word]).toBeUndefined();
      expect(Math.abs(twice.exposure.words[word] ?? 0)).toBeGreaterThan(Math.abs(once.exposure.words[word] ?? 0));
    }
  });
});

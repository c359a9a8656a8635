import { describe, expect, it } from 'vitest';
import { parseTaskTsv, readTaskFile } from '../../scripts/rules-data';
import { crossValidate, crossValidateInContext, foldOf } from '../../scripts/rules-eval';
import { binaryAgreement, groupRho, spearman } from '../../scripts/rules-metrics';

const MINI = new URL('../fixtures/tasks/mini-exposure.tsv', import.meta.url).pathname;

describe('agreement figures', () => {
  it("computes agreement and Cohen's kappa", () => {
    expect(binaryAgreement([true, false, true, false], [true, false, true, false])).toEqual({ agreement: 1, kappa: 1 });
    // 3 of 4 agree; chance agreement 0.5 → κ 0.5.
    const { agreement, kappa } = binaryAgreement([true, true, false, false], [true, false, false, false]);
    expect(agreement).toBe(0.75);
    expect(kappa).toBeCloseTo(0.5, 10);
  });

  it('ranks ties by their average for Spearman rho', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
    expect(spearman([1, 1, 2], [1, 1, 2])).toBeCloseTo(1, 10);
    expect(groupRho(['a', 'a', 'b', 'c'], [0, 1, 2, 3], [0, 0.5, 2, 5])).toBeCloseTo(1, 10);
  });
});

describe('cross-validation', () => {
  it('never puts one occupation in two folds', () => {
    const { rows } = readTaskFile(MINI);
    const folds = foldOf(rows, 4);
    const byOccupation = new Map<string, Set<number>>();
    rows.forEach((r, i) => byOccupation.set(r.onet_soc, (byOccupation.get(r.onet_soc) ?? new Set()).add(folds[i]!)));
    for (const set of byOccupation.values()) expect(set.size).toBe(1);
    expect(new Set(folds).size).toBe(4);
  });

  it('scores every row with a model fitted without its occupation', () => {
    const { rows } = readTaskFile(MINI);
    const results = crossValidate(rows, 4);
    expect(results).toHaveLength(rows.length);
    results.forEach((r, i) => expect(r.text).toBe(rows[i]!.task));
  });

  it('fits the posting context of each fold without that fold, and keeps the rows in order', () => {
    const { rows } = readTaskFile(MINI);
    const { alone, inContext, contexts } = crossValidateInContext(rows, 4);
    expect(alone).toEqual(crossValidate(rows, 4));
    expect(contexts).toHaveLength(4);
    inContext.forEach((r, i) => expect(r.text).toBe(rows[i]!.task));
    for (const c of contexts) expect(c.alpha).toBeGreaterThanOrEqual(0);
  });

  it('rejects a row with an unknown label', () => {
    const header = 'onet_soc\ttask\thuman_exposure\tgpt4_exposure\tgpt4_automation';
    expect(() => parseTaskTsv(`${header}\n1\tDo it\tE9\tE0\tT0\n`)).toThrow(/line 2/);
  });
});

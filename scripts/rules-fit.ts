// Fits data/rules/lexicon.json's models on task rows: L2 logistic regression over word and word-pair
// features (the engine's own tokenizer), one feature per fired hand rule and one "hand" feature worth
// Σ rule.effect, so the fit weighs hand rules and words together. Used by rules-build and rules-eval.
import { compile, matchTokens } from '../engine/rules/compile';
import { LEAD, wordFeatures } from '../engine/rules/features';
import { RULES, SYNTHETIC_RULE_IDS } from '../engine/rules/packs';
import type { HandModel, LinearModel, Rule } from '../engine/rules/schema';
import { tokenize } from '../engine/rules/tokenize';
import { fitLogistic, type SparseRow } from './rules-logreg';
import { isAutomatable, isExposed, type TaskRow } from './rules-data';

export interface FitOptions {
  /** L2 penalty on word, pair and rule weights. */
  l2: number;
  /** L2 penalty on lead-verb features (the task's main verb, alone and with its object). */
  l2Lead: number;
  /** L2 penalty on a hand rule's own weight: the rule's effect is an expert's prior, moved only on evidence. */
  l2Rule: number;
  /** L2 penalty on the hand feature (a scale, so barely held back). */
  l2Hand: number;
  /** A word or pair must occur in at least this many training tasks. */
  minCount: number;
  /** Weights smaller than this are dropped from the file. */
  minWeight: number;
  decimals: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 8, l2Lead: 8, l2Rule: 1000, l2Hand: 0.01, minCount: 3, minWeight: 0.1, decimals: 2 };

export interface FittedLexicon {
  exposure: LinearModel;
  automation: LinearModel;
  handOnly: { exposure: HandModel; automation: HandModel };
}

interface Featurized {
  words: string[];
  rules: Rule[];
}

const matcher = compile(RULES.filter((rule) => !SYNTHETIC_RULE_IDS.has(rule.id)));
const HAND = '@hand';
const RULE_PREFIX = '@';

function featurize(row: TaskRow): Featurized {
  const tokens = tokenize(row.task);
  return { words: wordFeatures(tokens), rules: matchTokens(matcher, tokens).map((i) => matcher.rules[i]!) };
}

const roundTo = (x: number, decimals: number): number => {
  const r = Number(x.toFixed(decimals));
  return r === 0 ? 0 : r; // no -0 in the file
};

function fitModel(data: Featurized[], y: number[], key: 'exposure' | 'automation', options: FitOptions, handOnly: boolean): LinearModel {
  const counts = new Map<string, number>();
  if (!handOnly) for (const { words } of data) for (const w of new Set(words)) counts.set(w, (counts.get(w) ?? 0) + 1);
  const names = [HAND];
  if (!handOnly) {
    names.push(...[...counts].filter(([, c]) => c >= options.minCount).map(([w]) => w).sort());
    names.push(...[...new Set(data.flatMap((d) => d.rules.map((r) => RULE_PREFIX + r.id)))].sort());
  }
  const index = new Map(names.map((name, i) => [name, i]));
  const rows: SparseRow[] = data.map(({ words, rules }) => {
    const cells = new Map<number, number>([[0, rules.reduce((s, r) => s + r.effect[key], 0)]]);
    const add = (name: string): void => {
      const i = index.get(name);
      if (i !== undefined && i > 0) cells.set(i, (cells.get(i) ?? 0) + 1);
    };
    if (!handOnly) {
      words.forEach(add);
      rules.forEach((r) => add(RULE_PREFIX + r.id));
    }
    const sorted = [...cells].sort((a, b) => a[0] - b[0]);
    return { idx: Int32Array.from(sorted, ([i]) => i), val: Float64Array.from(sorted, ([, v]) => v) };
  });
  const l2 = Float64Array.from(names, (name) => (name.startsWith(RULE_PREFIX) ? options.l2Rule : name.startsWith(LEAD) ? options.l2Lead : options.l2));
  l2[0] = options.l2Hand;
  const fit = fitLogistic(rows, y, names.length, { l2 });
  const model: LinearModel = { bias: roundTo(fit.bias, 3), hand: roundTo(fit.weights[0]!, 3), rules: {}, words: {} };
  names.forEach((name, i) => {
    const w = roundTo(fit.weights[i]!, options.decimals);
    if (i === 0 || Math.abs(w) < options.minWeight) return;
    if (name.startsWith(RULE_PREFIX)) model.rules[name.slice(RULE_PREFIX.length)] = w;
    else model.words[name] = w;
  });
  return model;
}

export function fitLexicon(rows: readonly TaskRow[], options: FitOptions = DEFAULT_FIT): FittedLexicon {
  const data = rows.map(featurize);
  const exposedY = rows.map((r) => (isExposed(r.human_exposure) ? 1 : 0));
  const exposedRows = rows.flatMap((r, i) => (isExposed(r.human_exposure) ? [i] : []));
  const autoData = exposedRows.map((i) => data[i]!);
  const autoY = exposedRows.map((i) => (isAutomatable(rows[i]!.gpt4_automation) ? 1 : 0));
  const hand = (m: LinearModel): HandModel => ({ bias: m.bias, hand: m.hand });
  return {
    exposure: fitModel(data, exposedY, 'exposure', options, false),
    automation: fitModel(autoData, autoY, 'automation', options, false),
    handOnly: {
      exposure: hand(fitModel(data, exposedY, 'exposure', options, true)),
      automation: hand(fitModel(autoData, autoY, 'automation', options, true)),
    },
  };
}

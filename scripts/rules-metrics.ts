// Agreement figures for rules-eval: binary agreement, Cohen's κ, Spearman ρ (average ranks for ties).

export interface Binary {
  agreement: number;
  kappa: number;
}

export function binaryAgreement(truth: readonly boolean[], predicted: readonly boolean[]): Binary {
  const n = truth.length;
  let tp = 0, tn = 0, fp = 0, fn = 0;
  truth.forEach((t, i) => {
    const p = predicted[i];
    if (t && p) tp++;
    else if (!t && !p) tn++;
    else if (p) fp++;
    else fn++;
  });
  const agreement = (tp + tn) / n;
  const chance = ((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp)) / (n * n);
  return { agreement, kappa: chance === 1 ? 0 : (agreement - chance) / (1 - chance) };
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** Mean of `value` per group, in the order the groups first appear. */
export function groupMeans(groups: readonly string[], value: readonly number[]): Map<string, number> {
  const sums = new Map<string, [number, number]>();
  groups.forEach((g, i) => {
    const s = sums.get(g) ?? [0, 0];
    s[0] += value[i]!;
    s[1] += 1;
    sums.set(g, s);
  });
  return new Map([...sums].map(([g, [sum, n]]) => [g, sum / n]));
}

/** Spearman ρ between two per-group means over the same rows. */
export function groupRho(groups: readonly string[], a: readonly number[], b: readonly number[]): number {
  const ma = groupMeans(groups, a);
  const mb = groupMeans(groups, b);
  const keys = [...ma.keys()];
  return spearman(keys.map((k) => ma.get(k)!), keys.map((k) => mb.get(k)!));
}

// L2-regularised logistic regression on sparse rows, fitted by truncated Newton (conjugate gradient on
// Hessian-vector products). Exact arithmetic order and no randomness: same rows → same weights.

export interface SparseRow {
  idx: Int32Array;
  val: Float64Array;
}

export interface LogisticFit {
  bias: number;
  weights: Float64Array;
  iterations: number;
}

export interface LogisticOptions {
  /** Penalty per feature, or one for all: ½·λ·w². The bias is not penalised. */
  l2: number | Float64Array;
  /** Weight per row (default 1): its share of the loss, so a row of weight ½ counts half a row. */
  sampleWeights?: ArrayLike<number>;
  maxIterations?: number;
  tolerance?: number;
}

const log1pExp = (z: number): number => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function margins(rows: SparseRow[], w: Float64Array, b: number, out: Float64Array): void {
  rows.forEach((row, i) => {
    let z = b;
    for (let k = 0; k < row.idx.length; k++) z += w[row.idx[k]!]! * row.val[k]!;
    out[i] = z;
  });
}

export function fitLogistic(rows: SparseRow[], y: ArrayLike<number>, features: number, options: LogisticOptions): LogisticFit {
  const n = rows.length;
  const lambda = typeof options.l2 === 'number' ? new Float64Array(features).fill(options.l2) : options.l2;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-6;
  const sw = options.sampleWeights;
  const weightOf = (i: number): number => (sw === undefined ? 1 : sw[i]!);
  // Parameters: w[0..features) then the bias at w[features].
  const m = features + 1;
  let w = new Float64Array(m);
  const z = new Float64Array(n);
  const p = new Float64Array(n);
  const d = new Float64Array(n);

  const objective = (params: Float64Array): number => {
    margins(rows, params, params[features]!, z);
    let f = 0;
    for (let i = 0; i < n; i++) f += weightOf(i) * (log1pExp(z[i]!) - y[i]! * z[i]!);
    for (let j = 0; j < features; j++) f += 0.5 * lambda[j]! * params[j]! * params[j]!;
    return f;
  };
  const hessianTimes = (v: Float64Array, out: Float64Array): void => {
    out.fill(0);
    rows.forEach((row, i) => {
      let u = v[features]!;
      for (let k = 0; k < row.idx.length; k++) u += v[row.idx[k]!]! * row.val[k]!;
      u *= d[i]!;
      for (let k = 0; k < row.idx.length; k++) out[row.idx[k]!]! += u * row.val[k]!;
      out[features]! += u;
    });
    for (let j = 0; j < features; j++) out[j]! += lambda[j]! * v[j]!;
    out[features]! += 1e-8 * v[features]!;
  };
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let j = 0; j < m; j++) s += a[j]! * b[j]!;
    return s;
  };

  let f = objective(w);
  let firstNorm = 0;
  let iterations = 0;
  const g = new Float64Array(m);
  const step = new Float64Array(m);
  const r = new Float64Array(m);
  const dir = new Float64Array(m);
  const hd = new Float64Array(m);
  for (; iterations < maxIterations; iterations++) {
    // z holds the margins of the current w (objective() just ran on it).
    g.fill(0);
    rows.forEach((row, i) => {
      p[i] = sigmoid(z[i]!);
      d[i] = weightOf(i) * Math.max(p[i]! * (1 - p[i]!), 1e-10);
      const e = weightOf(i) * (p[i]! - y[i]!);
      for (let k = 0; k < row.idx.length; k++) g[row.idx[k]!]! += e * row.val[k]!;
      g[features]! += e;
    });
    for (let j = 0; j < features; j++) g[j]! += lambda[j]! * w[j]!;
    const gNorm = Math.sqrt(dot(g, g));
    if (iterations === 0) firstNorm = gNorm;
    if (gNorm <= tolerance * Math.max(1, firstNorm)) break;

    // Conjugate gradient on H·step = −g, stopped early (truncated Newton).
    step.fill(0);
    for (let j = 0; j < m; j++) r[j] = -g[j]!;
    dir.set(r);
    let rr = dot(r, r);
    for (let cg = 0; cg < 100 && Math.sqrt(rr) > 0.1 * gNorm * Math.min(1, gNorm); cg++) {
      hessianTimes(dir, hd);
      const alpha = rr / dot(dir, hd);
      for (let j = 0; j < m; j++) {
        step[j]! += alpha * dir[j]!;
        r[j]! -= alpha * hd[j]!;
      }
      const next = dot(r, r);
      for (let j = 0; j < m; j++) dir[j] = r[j]! + (next / rr) * dir[j]!;
      rr = next;
    }

    // Backtracking line search (Armijo).
    const slope = dot(g, step);
    let t = 1;
    const candidate = new Float64Array(m);
    let fNew = f;
    for (let tries = 0; tries < 30; tries++, t *= 0.5) {
      for (let j = 0; j < m; j++) candidate[j] = w[j]! + t * step[j]!;
      fNew = objective(candidate);
      if (fNew <= f + 1e-4 * t * slope) break;
    }
    if (fNew > f) break;
    const done = f - fNew <= 1e-12 * Math.max(1, Math.abs(f));
    w = candidate;
    f = fNew;
    if (done) {
      iterations++;
      break;
    }
  }
  return { bias: w[features]!, weights: w.slice(0, features), iterations };
}

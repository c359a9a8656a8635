// Agreement of classify() with the human exposure labels of the O*NET dev set (read from ../shared,
// never copied). Exposed = E1/E2 ↔ automatable|augmentable; not exposed = E0 ↔ human-led.
// Usage: npx tsx scripts/rules-eval.ts [path/to/onet-task-exposure.dev.tsv] [--misses N]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../engine/rules/classify';

const args = process.argv.slice(2);
const missesAt = args.indexOf('--misses');
const showMisses = missesAt >= 0 ? Number(args[missesAt + 1] ?? 20) : 0;
const file = resolve(args.find((a, i) => !a.startsWith('--') && i !== missesAt + 1) ?? '../shared/data/onet-task-exposure.dev.tsv');
if (!existsSync(file)) {
  console.error(`rules-eval: ${file} not found (it lives in ../shared/data; not part of this repo)`);
  process.exit(2);
}

const [header = '', ...lines] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
const col = Object.fromEntries(header.split('\t').map((name, i) => [name, i]));
const rows = lines.map((line) => line.split('\t'));
const cell = (row: string[], name: string): string => row[col[name] ?? -1] ?? '';

let tp = 0, tn = 0, fp = 0, fn = 0, noSignal = 0;
const misses: string[] = [];
const started = performance.now();
for (const row of rows) {
  const result = classify(cell(row, 'task'), 'en');
  const truth = cell(row, 'human_exposure') !== 'E0';
  const predicted = result.label !== 'human-led';
  if (result.rules[0] === 'no-signal') noSignal++;
  if (truth && predicted) tp++;
  else if (!truth && !predicted) tn++;
  else if (predicted) fp++;
  else fn++;
  if (truth !== predicted && misses.length < showMisses)
    misses.push(`${truth ? 'E+' : 'E0'} ${result.exposure.toFixed(2)} [${result.rules.join(',')}] ${result.text}`);
}
const ms = performance.now() - started;
const n = rows.length;
const agreement = (tp + tn) / n;
const expected = ((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp)) / (n * n);
const kappa = (agreement - expected) / (1 - expected);
console.log(`tasks ${n}  agreement ${agreement.toFixed(3)}  kappa ${kappa.toFixed(3)}`);
console.log(`tp ${tp} tn ${tn} fp ${fp} fn ${fn}  no-signal ${noSignal} (${((noSignal / n) * 100).toFixed(1)}%)`);
console.log(`${Math.round(n / (ms / 1000))} tasks/s (single pass, cold)`);
for (const m of misses) console.log(m);

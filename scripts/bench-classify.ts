// classify() throughput on one core: the O*NET dev-file tasks in English and in Chinese (../shared, when
// present) and the Chinese lines of our own fixture. Prints figures; asserts nothing.
// Usage: npx tsx scripts/bench-classify.ts [source.tsv]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../engine/rules/classify';
import { hasHan } from '../engine/text';
import { DEFAULT_SOURCE, DEFAULT_ZH_SOURCE, readTaskFile, readZhTaskFile } from './rules-data';

const source = resolve(process.argv[2] ?? DEFAULT_SOURCE);
const lines = readFileSync(new URL('../tests/fixtures/tasks/lines.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .slice(1)
  .map((l) => l.split('\t')[1] ?? '');

const english = existsSync(source) ? readTaskFile(source).rows.map((r) => r.task) : lines.filter((l) => !hasHan(l));
const chinese = lines.filter(hasHan);
const zhSource = resolve(DEFAULT_ZH_SOURCE);
const chineseTasks = existsSync(zhSource) ? readZhTaskFile(zhSource).rows.map((r) => r.task) : [];

function bench(name: string, texts: string[], lang: 'auto' | 'en' | 'zh'): void {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) sink += classify(texts[i % texts.length]!, lang).exposure;
  let n = 0;
  const started = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - started < 2000) {
    for (const text of texts) sink += classify(text, lang).exposure;
    n += texts.length;
  }
  const wall = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  // Per CPU-second as well: on a busy machine wall time counts other processes' turns.
  const rate = (seconds: number): string => Math.round(n / seconds).toLocaleString('en-US').padStart(10);
  console.log(`${name.padEnd(40)} ${rate(wall)} tasks/s wall ${rate((user + system) / 1e6)} tasks/CPU-s  (${texts.length} distinct${sink > 0 ? '' : ', ?'})`);
}

console.log(`classify() on one core, node ${process.version}`);
bench(`EN ${existsSync(source) ? 'O*NET dev tasks' : 'fixture lines (../shared absent)'}, lang auto`, english, 'auto');
bench('EN same tasks, lang en', english, 'en');
if (chineseTasks.length) {
  bench('ZH O*NET dev tasks, lang auto', chineseTasks, 'auto');
  bench('ZH same tasks, lang zh', chineseTasks, 'zh');
}
bench('ZH fixture lines, lang auto', chinese, 'auto');

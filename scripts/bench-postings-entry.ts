// Bundled into the page by scripts/bench-postings.ts: a posting read from a real DOM (what the content script does
// on the page) and then analysed (what the background does with what it was sent), timed apart.
import { analyzeRead } from '../engine/analyze';
import { readPage } from '../engine/read';
import { adapterFor } from '../sites/registry';
import { median } from './bench-stats';

/** Reads and analyses the page `rounds` times; the first (cold) run is reported apart. */
export function run(url: string, rounds: number) {
  const read: number[] = [];
  const analyse: number[] = [];
  let tasks = 0;
  for (let i = 0; i <= rounds; i++) {
    const t0 = performance.now();
    const page = readPage(document, url, adapterFor(url));
    const t1 = performance.now();
    const analysis = analyzeRead(page);
    read.push(t1 - t0);
    analyse.push(performance.now() - t1);
    tasks = analysis.tasks.length;
  }
  const total = read.map((r, i) => r + analyse[i]!);
  return { coldMs: total[0] ?? NaN, medianMs: median(total.slice(1)), readMs: median(read.slice(1)), analyseMs: median(analyse.slice(1)), tasks };
}

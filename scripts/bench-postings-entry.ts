// Bundled into the page by scripts/bench-postings.ts: the content script's posting analysis on a real DOM.
import { analyzeDocument } from '../engine/analyze';
import { adapterFor } from '../sites/registry';
import { median } from './bench-stats';

/** Analyses the page as the content script does, `rounds` times; the first (cold) run is reported apart. */
export function run(url: string, rounds: number) {
  const times: number[] = [];
  let tasks = 0;
  for (let i = 0; i <= rounds; i++) {
    const start = performance.now();
    const analysis = analyzeDocument(document, url, adapterFor(url));
    times.push(performance.now() - start);
    tasks = analysis.tasks.length;
  }
  return { coldMs: times[0] ?? NaN, medianMs: median(times.slice(1)), tasks };
}

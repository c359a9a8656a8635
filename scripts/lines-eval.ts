// npm run eval:lines — the engine on the saved postings of ../shared/fixtures/pages against the hand-read
// lines of tests/fixtures/lines: duty recall, non-duty leakage, precision and label agreement, for the pages
// the line roles were written against ("dev") and for the quarter set aside to check them ("check").
// Usage: npx tsx scripts/lines-eval.ts [--misses] [--page <part of a page name>]
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { analyzeFile } from '../cli/analyze';
import { isCheckPage, readAnnotations, scorePage, totals, type PageFigures, type Totals } from './lines-metrics';

const PAGES = new URL('../../shared/fixtures/pages/', import.meta.url).pathname;
export const LINE_TARGETS = { dutyRecall: 0.95, leakage: 0.05, precision: 0.9, binary: 0.85, threeWay: 0.75 };

export function evaluate(): { dev: PageFigures[]; check: PageFigures[] } | null {
  if (!existsSync(PAGES)) return null;
  const dev: PageFigures[] = [];
  const check: PageFigures[] = [];
  for (const annotation of readAnnotations()) {
    const analysis = analyzeFile(`${PAGES}${annotation.page}`, annotation.url.replace(/<[^>]*>/g, 'x'));
    if (typeof analysis === 'string') throw new Error(`${annotation.page}: ${analysis}`);
    (isCheckPage(annotation.page) ? check : dev).push(scorePage(annotation, analysis));
  }
  return { dev, check };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const mark = (ok: boolean): string => (ok ? '✓' : ' ');

function row(name: string, t: Totals): string {
  return [
    name.padEnd(10),
    `${String(t.pages).padStart(3)} pages`,
    `${String(t.duties).padStart(4)} duties`,
    `${String(t.others).padStart(5)} other lines`,
    `recall ${pct(t.dutyRecall)}${mark(t.dutyRecall >= LINE_TARGETS.dutyRecall)}`,
    `leakage ${pct(t.leakage)}${mark(t.leakage <= LINE_TARGETS.leakage)}`,
    `precision ${pct(t.precision)}${mark(t.precision >= LINE_TARGETS.precision)}`,
    `labels ${pct(t.binary)}${mark(t.binary >= LINE_TARGETS.binary)} binary / ${pct(t.threeWay)}${mark(t.threeWay >= LINE_TARGETS.threeWay)} three-way`,
    `unclear ${pct(t.unclearShare)}`,
    `roles ${pct(t.roleAgreement)}`,
  ].join('  ');
}

function main(): void {
  const args = process.argv.slice(2);
  const only = args.includes('--page') ? args[args.indexOf('--page') + 1] : undefined;
  const started = performance.now();
  const result = evaluate();
  if (!result) {
    console.log(`eval:lines: ${PAGES} not found (clone ../shared beside the checkout); nothing to score`);
    return;
  }
  const all = [...result.dev, ...result.check];
  if (args.includes('--pages') || only) {
    for (const p of all.filter((f) => !only || f.page.includes(only))) console.log(row(p.page.slice(0, 60).padEnd(60), totals([p])));
  }
  if (args.includes('--misses') || only) {
    for (const p of all.filter((f) => !only || f.page.includes(only))) {
      if (!only && isCheckPage(p.page)) continue;
      for (const m of p.misses) if (m.kind !== 'role' || only) console.log(`${p.page}\t${m.kind}\t${m.want} ← ${m.got}\t${m.text.slice(0, 140)}`);
    }
  }
  console.log(`hand-read lines of ${all.length} saved postings (tests/fixtures/lines); dev = pages the roles were written against, check = the quarter set aside`);
  console.log(row('dev', totals(result.dev)));
  console.log(row('check', totals(result.check)));
  console.log(row('all', totals(all)));
  console.log(
    `targets: recall ≥ ${pct(LINE_TARGETS.dutyRecall)}, leakage ≤ ${pct(LINE_TARGETS.leakage)}, precision ≥ ${pct(LINE_TARGETS.precision)}, labels ≥ ${pct(LINE_TARGETS.binary)} binary, ≥ ${pct(LINE_TARGETS.threeWay)} three-way (✓ = met); ${Math.round(performance.now() - started)} ms`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();

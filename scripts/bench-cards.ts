// Main-thread time to badge job cards in real Chromium: `npx tsx scripts/bench-cards.ts [n=100] [pages=7]`.
// The content script's card code is bundled and run on a saved LinkedIn listing grown to n cards; each
// page is fresh (cold title memo, no badges yet) and the figures are medians over the pages.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import type { run } from './bench-cards-entry';

type BenchResult = ReturnType<typeof run>;

const SHARED = fileURLToPath(new URL('../../shared/fixtures/pages/linkedin/guest-seo-search-data-engineer-ny.html', import.meta.url));
const OURS = fileURLToPath(new URL('../tests/e2e/pages/linkedin-listing.html', import.meta.url));
const n = Number(process.argv[2] ?? 100);
const pages = Number(process.argv[3] ?? 7);
const rounds = 15;

const page = existsSync(SHARED) ? SHARED : OURS;
const html = readFileSync(page, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('./bench-cards-entry.ts', import.meta.url))],
  bundle: true,
  write: false,
  format: 'iife',
  globalName: 'benchCards',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  target: 'es2022',
  logLevel: 'silent',
});
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
const results: BenchResult[] = [];
try {
  for (let i = 0; i < pages; i++) {
    const tab = await browser.newPage();
    // Offline: the saved page's own subresources are not fetched.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const run = ([count, r]: readonly [number, number]) =>
      (globalThis as unknown as { benchCards: { run(n: number, r: number): BenchResult } }).benchCards.run(count, r);
    results.push(await tab.evaluate(run, [n, rounds] as const));
    await tab.close();
  }
} finally {
  await browser.close();
}
const { cards, hosts } = results[0]!;
// The best page beside the median: on a shared, busy machine the minimum is the steadier figure to compare.
const fig = (pick: (r: BenchResult) => number) => {
  const per100 = (ms: number) => ((ms * 100) / cards).toFixed(1).padStart(6);
  return `${per100(median(results.map(pick)))}  (best ${per100(Math.min(...results.map(pick))).trim()})`;
};
console.log(`page: ${page.includes('shared') ? 'saved LinkedIn SEO listing' : 'our listing fixture'}, grown to ${cards} cards (${hosts} badges); medians of ${pages} fresh pages`);
console.log(`ms to badge 100 cards:   ${fig((r) => r.totalMs)}  (one full pass; budget 16 = one frame)`);
console.log(`  findCards:             ${fig((r) => r.findCardsMs)}`);
console.log(`  estimates (memo cold): ${fig((r) => r.titlesMs)}`);
console.log(`  create badges:         ${fig((r) => r.createMs)}`);
console.log(`  style + layout:        ${fig((r) => r.layoutMs)}`);
console.log(`title index build (once per page, own idle task; in the first pass when cards are there at start): ${median(results.map((r) => r.titleIndexMs)).toFixed(1)} ms`);
console.log(`re-sync, nothing changed:     ${fig((r) => r.unchangedMs)} ms per 100 cards`);
console.log(`all cards recycled (new ids): ${fig((r) => r.recycledMs)} ms per 100 cards`);

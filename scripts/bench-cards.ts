// Main-thread time of the card badges in real Chromium: `npx tsx scripts/bench-cards.ts [n=100]`.
// The content script's card code is bundled and run on a saved LinkedIn listing grown to n cards.
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
const rounds = 15;

const page = existsSync(SHARED) ? SHARED : OURS;
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
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
try {
  const tab = await browser.newPage();
  // Offline: the saved page's own subresources are not fetched.
  await tab.route('**/*', (route) => route.abort());
  await tab.setContent(readFileSync(page, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, ''), { waitUntil: 'domcontentloaded' });
  await tab.addScriptTag({ content: bundle.outputFiles[0]!.text });
  const result = await tab.evaluate(([count, r]) => (globalThis as unknown as { benchCards: { run(n: number, r: number): BenchResult } }).benchCards.run(count, r), [n, rounds] as const);
  const per100 = (ms: number) => ((ms * 100) / result.cards).toFixed(2);
  console.log(`page: ${page.includes('shared') ? 'saved LinkedIn SEO listing' : 'our listing fixture'}, grown to ${result.cards} cards (${result.hosts} badges)`);
  console.log(`title index build (once per page): ${result.titleIndexMs.toFixed(1)} ms`);
  console.log(`findCards:                 ${per100(result.findCardsMs)} ms per 100 cards (median of ${rounds})`);
  console.log(`title priors, first time:  ${per100(result.titlesMs)} ms per 100 cards (${result.cards} titles, repeats memoised)`);
  console.log(`first pass (create badges): ${per100(result.firstPassMs)} ms per 100 cards`);
  console.log(`style + layout after it:   ${per100(result.layoutMs)} ms per 100 cards`);
  console.log(`re-sync, nothing changed:  ${per100(result.unchangedMs)} ms per 100 cards (median)`);
  console.log(`all cards recycled (new ids): ${per100(result.recycledMs)} ms per 100 cards (median)`);
} finally {
  await browser.close();
}

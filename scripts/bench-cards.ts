// Main-thread time to badge job cards in real Chromium: `npx tsx scripts/bench-cards.ts [n=100] [pages=15]`.
// The content script's card code is bundled and run on a saved LinkedIn listing grown to n cards; each
// page is fresh (no badges yet) and the figures are medians over the pages, as wall time and as the main
// thread's CPU time read from a browser trace. The estimates are the background's (one message for the titles):
// their cost is measured here in Node, cold (first titles after the worker starts) and warm.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { z } from 'zod';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import type { run } from './bench-cards-entry';
import { cardSummaries } from '../engine/cards';
import { loadTitleIndex, prepareTitleIndex } from '../engine/titles/match';
import { linkedin } from '../sites/linkedin';
import { parseHTML } from 'linkedom';
import { pageBundle } from './bench-bundle';
import { median } from './bench-stats';

type BenchResult = ReturnType<typeof run> & { cpu: number[] };

const SHARED = fileURLToPath(new URL('../../shared/fixtures/pages/linkedin/guest-seo-search-data-engineer-ny.html', import.meta.url));
const OURS = fileURLToPath(new URL('../tests/e2e/pages/linkedin-listing.html', import.meta.url));
const n = Number(process.argv[2] ?? 100);
const pages = Number(process.argv[3] ?? 15);
const rounds = 15;
const PAUSE_MS = 200;

const page = existsSync(SHARED) ? SHARED : OURS;
const html = readFileSync(page, 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
const bundle = await pageBundle(fileURLToPath(new URL('./bench-cards-entry.ts', import.meta.url)), 'benchCards');
const TraceEvent = z.object({
  name: z.string(),
  ts: z.number().optional(),
  tts: z.number().optional(),
  tdur: z.number().optional(),
  args: z.looseObject({ data: z.looseObject({ message: z.string().optional() }).optional() }).optional(),
});
const TraceSchema = z.object({ traceEvents: z.array(TraceEvent) });
const PHASES = ['t0', 't1', 't2', 't3', 't4'];

/**
 * Main-thread CPU ms between the page's bench:t0…t4 marks (thread clock, so time the machine gave others
 * isn't counted): the pass, each phase, and the garbage collection inside the pass.
 */
function phaseCpu(trace: Buffer): number[] {
  const events = TraceSchema.parse(JSON.parse(trace.toString())).traceEvents;
  const marks = new Map<string, z.infer<typeof TraceEvent>>();
  for (const e of events) {
    const message = e.args?.data?.message;
    if (e.name === 'TimeStamp' && message?.startsWith('bench:')) marks.set(message.slice(6), e);
  }
  const at = PHASES.map((k) => marks.get(k)?.tts ?? NaN);
  const [from, to] = [marks.get('t0')?.ts ?? NaN, marks.get('t4')?.ts ?? NaN];
  const gcUs = events.filter((e) => /^M(?:ajor|inor)GC$/.test(e.name) && e.ts! >= from && e.ts! <= to).reduce((sum, e) => sum + (e.tdur ?? 0), 0);
  return [at[4]! - at[0]!, ...at.slice(1).map((t, i) => t - at[i]!), gcUs].map((us) => us / 1000);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
const results: BenchResult[] = [];
try {
  for (let i = 0; i < pages; i++) {
    const tab = await browser.newPage();
    // Offline: the saved page's own subresources are not fetched.
    await tab.route('**/*', (route) => route.abort());
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    await tab.addScriptTag({ content: bundle });
    type Entry = { benchCards: { prepare(n: number): void; run(r: number): BenchResult } };
    await browser.startTracing(tab, { categories: ['devtools.timeline'] });
    await tab.evaluate((count) => (globalThis as unknown as Entry).benchCards.prepare(count), n);
    // The pass comes in a later task, as on a real page (the answer arrives, cards are badged on a frame).
    await tab.waitForTimeout(PAUSE_MS);
    const result = await tab.evaluate((r) => (globalThis as unknown as Entry).benchCards.run(r), rounds);
    results.push({ ...result, cpu: phaseCpu(await browser.stopTracing()) });
    await tab.close();
  }
} finally {
  await browser.close();
}
const { cards, hosts } = results[0]!;
// The best page beside the median: on a shared, busy machine the minimum is the steadier figure to compare,
// and the main thread's CPU time (trace thread clock) steadier than wall time.
const fig = (pick: (r: BenchResult) => number) => {
  const per100 = (ms: number) => ((ms * 100) / cards).toFixed(1);
  return `${per100(median(results.map(pick))).padStart(6)} (best ${per100(Math.min(...results.map(pick)))})`.padEnd(20);
};
const row = (name: string, wall: ((r: BenchResult) => number) | null, cpu: number) =>
  console.log(`${name.padEnd(32)}${wall ? fig(wall) : ''.padEnd(20)}  ${fig((r) => r.cpu[cpu]!)}`);
console.log(`page: ${page.includes('shared') ? 'saved LinkedIn SEO listing' : 'our listing fixture'}, grown to ${cards} cards (${hosts} badges); medians of ${pages} fresh pages`);
console.log(`ms to badge 100 cards           wall                  main-thread CPU`);
row('one full pass (budget 16):', (r) => r.totalMs, 0);
row('  findCards:', (r) => r.findCardsMs, 1);
row('  look up the answer:', (r) => r.titlesMs, 2);
row('  create badges:', (r) => r.createMs, 3);
row('  style + layout:', (r) => r.layoutMs, 4);
row('  of which garbage collection:', null, 5);
// The background's side: the estimates for the page's first 100 titles, as one content:cards message asks.
const titles = linkedin.findCards(parseHTML(html).document as unknown as Document, new URL('https://www.linkedin.com/jobs/search/')).slice(0, 100);
const started = performance.now();
loadTitleIndex();
const indexMs = performance.now() - started;
prepareTitleIndex();
const warmMs = performance.now() - started - indexMs;
const cold = performance.now();
cardSummaries(titles);
const coldMs = performance.now() - cold;
const warm = median(Array.from({ length: 9 }, (_, i) => {
  const t0 = performance.now();
  cardSummaries(titles.map((c) => ({ ...c, title: `${c.title} ${i}` })));
  return performance.now() - t0;
}));
console.log(
  `background: estimates for ${titles.length} titles in one message ${coldMs.toFixed(1)} ms after its index (build ${indexMs.toFixed(1)} + warm-up ${warmMs.toFixed(1)} ms, once per worker start); new titles, warm: ${warm.toFixed(1)} ms`,
);
console.log(`re-sync, nothing changed:       ${fig((r) => r.unchangedMs)} ms per 100 cards (wall)`);
console.log(`all cards recycled (new ids):   ${fig((r) => r.recycledMs)} ms per 100 cards (wall)`);

// What the extension costs a job-board page, in real Chromium: `npx tsx scripts/bench-pagecost.ts [pages=all] [runs=1] [--pages]
// [--build=DIR]` (after `npm run build`). `pages`: all, a count (each kind of page in turn), or board/file filters separated
// by commas; --pages lists every page's figures; --build measures another build of the extension than .output/chrome-mv3
// (an older one, to compare).
// Each saved board page that an adapter claims is opened side by side with the built extension and without it,
// each arm in a fresh browser: first cold (the first page after the browser starts, the extension's service
// worker stopped), then warm (the same page again in that browser). A probe injected first in the page's
// <head> sums its long tasks over the first 4 s and times the badges from DOMContentLoaded; a browser trace of each
// load gives the content script's own main-thread CPU time (bench-pagecost-trace.ts), which a shared machine's load
// barely moves, unlike long tasks. No debugger is ever attached to the page (see bench-pagecost-chromium.ts); the
// pages are served by a local proxy, offline.
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { adapterFor } from '../sites/registry';
import { SHARED_PAGES, sharedPages, usableUrl } from '../tests/sites/helpers';
import { median } from './bench-stats';
import { Chromium } from './bench-pagecost-chromium';
import { OfflineWeb, WINDOW_MS, type Figures } from './bench-pagecost-web';
import { completeEvents, longestTaskRunning, scriptCpu } from './bench-pagecost-trace';
import { pushTo } from '../engine/group';

const buildFlag = process.argv.find((a) => a.startsWith('--build='))?.slice('--build='.length);
const BUILT = buildFlag ?? fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const listPages = process.argv.includes('--pages');
// Cold: the first page after the browser starts, its service worker starting alongside (a job link opened from
// outside the browser). --idle-stop: the first page once the browser has stopped the idle worker (~30 s a page).
const idleStop = process.argv.includes('--idle-stop');
const IDLE_STOP_MS = 60_000;
const [which = 'all', runs = 1] = [positional[0], Number(positional[1] ?? 1)];
// A page still unreported this long after it was opened is given up (it navigated away, or hung).
const REPORT_TIMEOUT_MS = WINDOW_MS + 8_000;
// Let the fresh browser finish starting before the first page, as a person would (the same in both arms).
const AFTER_LAUNCH_MS = 2_000;
const CARD_TARGET = 100;

interface Page {
  name: string;
  kind: string;
  url: string;
  file: string;
  cards: number | undefined;
}
type Arm = 'ext' | 'plain';
type Phase = 'cold' | 'warm';
type Load = Figures | null;

if (!(runs >= 1)) throw new Error(`runs must be a number ≥ 1, not ${positional[1]}`);
if (!existsSync(join(BUILT, 'content-scripts', 'jobs.js'))) {
  console.log(`page cost: ${BUILT}/content-scripts/jobs.js not found (run npm run build first)`);
  process.exit(0);
}
/**
 * The first `n` pages taking each kind in turn (listing, shell, listing+posting, posting, …): pages.json groups pages
 * by board, and its first few are all listings and shells, so a short run had no posting to time the badge on.
 */
function takeKindsInTurn<T extends { kind: string }>(all: readonly T[], n: number): T[] {
  const byKind = new Map<string, T[]>();
  for (const p of all) pushTo(byKind, p.kind, p);
  const queues = [...byKind.values()];
  const out: T[] = [];
  for (let i = 0; out.length < Math.min(n, all.length); i++) {
    const next = queues[i % queues.length]!.shift();
    if (next) out.push(next);
  }
  return out;
}

// The saved boards are https sites; pages.json keeps a few http:// URLs, which the manifest does not match.
const claimed: Page[] = sharedPages()
  .map((p) => ({ name: `${p.board}/${p.file}`, kind: p.kind, url: usableUrl(p.url).href.replace(/^http:/, 'https:'), file: `${SHARED_PAGES}${p.board}/${p.file}`, cards: p.cards }))
  .filter((p) => adapterFor(p.url) !== null);
const pages: Page[] = which === 'all' ? claimed : /^\d+$/.test(which) ? takeKindsInTurn(claimed, Number(which)) : claimed.filter((p) => which.split(',').some((part) => p.name.includes(part)));
if (pages.length === 0) {
  console.log(`page cost: no saved board pages (${SHARED_PAGES}pages.json, filter ${which})`);
  process.exit(0);
}

const web = new OfflineWeb();
const profiles = mkdtempSync(join(tmpdir(), 'skillshift-pagecost-'));
const profile = (arm: Arm) => join(profiles, arm);
// Each browser loads the unpacked extension afresh: measure one snapshot of the build, whatever rebuilds meanwhile.
const EXTENSION = join(profiles, 'chrome-mv3');
cpSync(BUILT, EXTENSION, { recursive: true });
const script = readFileSync(join(EXTENSION, 'content-scripts', 'jobs.js'));
const loads = new Map<string, Load[]>();
const record = (page: Page, arm: Arm, phase: Phase, load: Load) => {
  const key = `${page.name} ${arm} ${phase}`;
  pushTo(loads, key, load);
};
// The content script's main-thread CPU and the background's (ms) per load, by page and phase.
const cpuLoads = new Map<string, number[]>();
const backgroundLoads = new Map<string, number[]>();
// The longest main-thread task that ran the content script (wall ms, its style and layout included), and the most
// CPU one call into it took, per load.
const taskLoads = new Map<string, number[]>();
const callCpuLoads = new Map<string, number[]>();
const JOBS = /^chrome-extension:.*\/content-scripts\/jobs\.js$/;
const add = (map: Map<string, number[]>, key: string, x: number | null): void => {
  if (x !== null) pushTo(map, key, x);
};
let starts = 0;
let workerKeptRunning = 0;

async function open(browser: Chromium, page: Page, arm: Arm, phase: Phase): Promise<Load> {
  const load = async () => {
    const figures = web.expect(page.url, page.file, randomUUID(), REPORT_TIMEOUT_MS);
    const target = await browser.open(page.url);
    const result = await figures;
    await browser.closeTarget(target);
    return result;
  };
  // Both arms are traced, so that tracing's own cost falls on each alike.
  const { result, events } = await browser.trace(load, ['devtools.timeline', 'v8', 'toplevel']);
  if (arm === 'ext') {
    add(cpuLoads, `${page.name} ${phase}`, scriptCpu(events, '/content-scripts/jobs.js'));
    add(backgroundLoads, `${page.name} ${phase}`, scriptCpu(events, '/background.js') ?? 0);
    const longest = longestTaskRunning(completeEvents(events), JOBS);
    add(taskLoads, `${page.name} ${phase}`, longest.task);
    add(callCpuLoads, `${page.name} ${phase}`, longest.cpu);
  }
  return result;
}

async function measure(page: Page, arm: Arm): Promise<void> {
  const browser = await Chromium.launch({ profileDir: profile(arm), extensionDir: arm === 'ext' ? EXTENSION : null, proxyPort: web.port });
  try {
    await new Promise((r) => setTimeout(r, AFTER_LAUNCH_MS));
    if (arm === 'ext' && idleStop) {
      starts++;
      if (!(await browser.idleStopped(IDLE_STOP_MS))) workerKeptRunning++;
    }
    record(page, arm, 'cold', await open(browser, page, arm, 'cold'));
    record(page, arm, 'warm', await open(browser, page, arm, 'warm'));
  } finally {
    await browser.close();
  }
}

const started = Date.now();
const loadBefore = loadavg()[0]!;
const failures: string[] = [];
try {
  await web.start();
  // The extension is installed once (its first start writes its storage), so each page's cold start is a restart.
  const install = await Chromium.launch({ profileDir: profile('ext'), extensionDir: EXTENSION, proxyPort: web.port });
  try {
    if (!(await install.serviceWorker(10_000))) throw new Error('the extension\'s service worker did not start');
    await new Promise((r) => setTimeout(r, 2_000));
  } finally {
    await install.close();
  }
  for (let run = 0; run < runs; run++) {
    for (const [i, page] of pages.entries()) {
      // Alternate which arm goes first, so a drift in the machine's load falls on both.
      for (const arm of (i + run) % 2 ? (['plain', 'ext'] as const) : (['ext', 'plain'] as const)) {
        await measure(page, arm).catch((e: unknown) => failures.push(`${page.name} (${arm}): ${String(e)}`));
      }
    }
  }
} finally {
  await web.stop();
  rmSync(profiles, { recursive: true, force: true });
}

// Per page, the median over runs of each figure; a load without figures drops out.
const per = (page: Page, arm: Arm, phase: Phase, pick: (f: Figures) => number | null): number | null => {
  const xs = (loads.get(`${page.name} ${arm} ${phase}`) ?? []).flatMap((f) => (f ? [pick(f)] : [])).filter((x): x is number => x !== null);
  return xs.length ? median(xs) : null;
};
const longTaskMs = (f: Figures) => f.longTasks.reduce((sum, [, duration]) => sum + duration, 0);
const added = (page: Page, phase: Phase) => {
  const [ext, plain] = [per(page, 'ext', phase, longTaskMs), per(page, 'plain', phase, longTaskMs)];
  return ext === null || plain === null ? null : ext - plain;
};
const badgeMs = (f: Figures) => (f.badge === null || f.dcl === null ? null : f.badge - f.dcl);
const shownMs = (f: Figures) => (f.shown === null || f.dcl === null ? null : f.shown - f.dcl);
// 100 card badges, or as many as the page has cards (pages.json), or failing that as many as were drawn.
const cardsMs = (page: Page) => (f: Figures) => {
  const target = Math.min(CARD_TARGET, page.cards ?? f.cards);
  const at = f.cardAt[target - 1];
  return at === undefined || f.dcl === null ? null : at - f.dcl;
};
const postings = pages.filter((p) => p.kind.includes('posting'));
const listings = pages.filter((p) => p.kind.includes('listing') && (p.cards ?? 1) > 0);

const ms = (x: number | null | undefined) => (x === null || x === undefined ? '—' : x.toFixed(0));
function spread(xs: (number | null)[], names: string[]): string {
  const known = xs.flatMap((x, i) => (x === null ? [] : [{ x, name: names[i]! }]));
  if (!known.length) return 'no figures';
  const worst = known.reduce((a, b) => (b.x > a.x ? b : a));
  const mean = known.reduce((sum, k) => sum + k.x, 0) / known.length;
  return `median ${ms(median(known.map((k) => k.x)))} ms, mean ${ms(mean)} ms, worst ${ms(worst.x)} ms (${worst.name})${known.length < xs.length ? `, ${xs.length - known.length} without figures` : ''}`;
}
const names = (ps: Page[]) => ps.map((p) => p.name);

console.log(`content script jobs.js: ${(script.length / 1024).toFixed(1)} KB minified, ${(gzipSync(script).length / 1024).toFixed(1)} KB gzip`);
console.log(`page cost in Chromium: ${pages.length} saved board pages claimed by an adapter, ${runs} run(s), with and without the extension, no debugger on the page`);
console.log(`long tasks the extension adds to the page's main thread (first ${WINDOW_MS / 1000} s, with − without):`);
for (const phase of ['warm', 'cold'] as const) console.log(`  ${phase}: ${spread(pages.map((p) => added(p, phase)), names(pages))}`);
const medianOf = (map: Map<string, number[]>) => (page: Page, phase: Phase) => {
  const xs = map.get(`${page.name} ${phase}`) ?? [];
  return xs.length ? median(xs) : null;
};
const cpuOf = medianOf(cpuLoads);
const backgroundOf = medianOf(backgroundLoads);
console.log(`CPU of the content script on the page's main thread (evaluation and every callback, traced; without the style and layout it causes):`);
for (const phase of ['warm', 'cold'] as const) console.log(`  ${phase}: ${spread(pages.map((p) => cpuOf(p, phase)), names(pages))}`);
const taskOf = medianOf(taskLoads);
const callCpuOf = medianOf(callCpuLoads);
console.log(`longest main-thread task running the content script (wall, with the style and layout inside it; target ≤ 50 ms), and the most CPU one call into it took:`);
for (const phase of ['warm', 'cold'] as const) {
  console.log(`  ${phase}: task ${spread(pages.map((p) => taskOf(p, phase)), names(pages))}; call CPU ${spread(pages.map((p) => callCpuOf(p, phase)), names(pages))}`);
}
console.log(`CPU of the background's service worker during the load (its own thread, the same cores):`);
for (const phase of ['warm', 'cold'] as const) console.log(`  ${phase}: ${spread(pages.map((p) => backgroundOf(p, phase)), names(pages))}`);
console.log(`ms from DOMContentLoaded to:`);
for (const phase of ['warm', 'cold'] as const) {
  console.log(`  posting badge ready, ${phase}: ${spread(postings.map((p) => per(p, 'ext', phase, badgeMs)), names(postings)).replace('median', 'p50')} (${postings.length} postings; target p50 ≤ ${phase === 'warm' ? 150 : 500} ms)`);
  console.log(`    of which drawn waiting, ${phase}: ${spread(postings.map((p) => per(p, 'ext', phase, shownMs)), names(postings)).replace('median', 'p50')} (the content script has read the posting; the rest is the answer)`);
  const states = postings.flatMap((p) => (loads.get(`${p.name} ext ${phase}`) ?? []).map((f) => (f ? f.badgeState ?? 'none' : 'no report')));
  const tally = [...new Set(states)].map((s) => `${s} ×${states.filter((x) => x === s).length}`).join(', ');
  console.log(`    posting badge states at the end of the window, ${phase}: ${tally}`);
  console.log(`  ${CARD_TARGET} card badges (or all cards), ${phase}: ${spread(listings.map((p) => per(p, 'ext', phase, cardsMs(p))), names(listings)).replace('median', 'p50')} (${listings.length} listings)`);
}
console.log(
  idleStop
    ? `cold: first page after the browser stopped the extension's idle service worker` + (workerKeptRunning ? `; it kept running past ${IDLE_STOP_MS / 1000} s on ${workerKeptRunning} of ${starts} starts` : '')
    : `cold: first page ${AFTER_LAUNCH_MS} ms after the browser starts, the extension's service worker starting alongside (--idle-stop: once the browser has stopped it when idle)`,
);
if (listPages) {
  console.log(`\n${'page'.padEnd(64)} ${'kind'.padEnd(15)} warm long tasks: without with  added warm/cold   badge warm/cold   cards warm/cold   script CPU warm/cold   background CPU warm/cold   longest task warm/cold`);
  for (const p of pages) {
    const cards = (phase: Phase) => `${ms(per(p, 'ext', phase, cardsMs(p)))}(${ms(per(p, 'ext', phase, (f) => f.cards))})`;
    console.log(
      `${p.name.slice(0, 64).padEnd(64)} ${p.kind.padEnd(15)} ${ms(per(p, 'plain', 'warm', longTaskMs)).padStart(19)} ${ms(per(p, 'ext', 'warm', longTaskMs)).padStart(5)}` +
        ` ${`${ms(added(p, 'warm'))}/${ms(added(p, 'cold'))}`.padStart(17)} ${`${ms(per(p, 'ext', 'warm', badgeMs))}/${ms(per(p, 'ext', 'cold', badgeMs))}`.padStart(17)}` +
        ` ${`${cards('warm')}/${cards('cold')}`.padStart(17)} ${`${ms(cpuOf(p, 'warm'))}/${ms(cpuOf(p, 'cold'))}`.padStart(20)} ${`${ms(backgroundOf(p, 'warm'))}/${ms(backgroundOf(p, 'cold'))}`.padStart(24)} ${`${ms(taskOf(p, 'warm'))}/${ms(taskOf(p, 'cold'))}`.padStart(22)}`,
    );
  }
}
const missing = [...loads].filter(([, ls]) => ls.some((l) => l === null)).map(([key]) => key);
if (missing.length) console.log(`no figures within ${REPORT_TIMEOUT_MS / 1000} s: ${missing.join(', ')}`);
const hidden = [...loads].filter(([, ls]) => ls.some((l) => l && l.visibility !== 'visible')).map(([key]) => key);
if (hidden.length) console.log(`not visible (timers and frames throttled): ${hidden.join(', ')}`);
for (const failure of failures) console.log(`failed: ${failure}`);
const refused = [...web.refused.values()].reduce((a, b) => a + b, 0);
console.log(`offline: ${refused} requests answered 404 (the pages' own resources, the browser's services), ${web.refused.size} hosts`);
// Long tasks are wall time: on a shared machine they grow with its load.
console.log(
  `page cost bench: ${((Date.now() - started) / 1000).toFixed(0)} s; machine load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
);

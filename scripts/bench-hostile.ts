// What the extension adds to the hostile suite's heavy pages (tests/e2e/hostile-pages.ts), in real Chromium:
// `npx tsx scripts/bench-hostile.ts [runs=3] [filter]` (after `npm run build`). As bench-pagecost.ts: each page is
// served offline at its board URL with the probe first in <head>, opened with and without the extension in the same
// run (the arms alternate), no debugger on the page. A browser trace of each load with the extension gives the
// longest main-thread task that ran any of the content script (its own callbacks, the style and layout inside that
// task included); the probe gives the page's long tasks after DOMContentLoaded in both arms. Medians over the runs,
// with each run's figures, so the noise of a shared machine shows.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { heavy } from '../tests/e2e/hostile-pages';
import { median } from './bench-stats';
import { Chromium } from './bench-pagecost-chromium';
import { OfflineWeb, type Figures } from './bench-pagecost-web';
import { callsInto, completeEvents, isTask, longestTaskRunning } from './bench-pagecost-trace';
import { pushTo } from '../engine/group';

const buildFlag = process.argv.find((a) => a.startsWith('--build='))?.slice('--build='.length);
const BUILT = buildFlag ?? fileURLToPath(new URL('../.output/chrome-mv3', import.meta.url));
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const runs = Number(positional[0] ?? 3);
const filter = positional[1] ?? '';
const marks = process.argv.includes('--marks');
const PAGES = ['bullets', 'longLine', 'manyCards', 'jsonLd', 'longTitle', 'insertion'] as const;
type Arm = 'ext' | 'plain';

const JOBS = /^chrome-extension:.*jobs\.js$/;

/** The longest task running the content script, and with --marks what the longest tasks on its thread held. */
function oursInTrace(raw: unknown[]): { task: number; call: number; cpu: number } {
  const events = completeEvents(raw);
  const ours = callsInto(events, JOBS);
  if (marks && ours[0]) {
    const main = events.filter((e) => e.pid === ours[0]!.pid && e.tid === ours[0]!.tid);
    const longest = main.filter(isTask).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
    for (const t of longest) {
      const inside = main.filter((e) => !isTask(e) && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0)).sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
      console.log(`  task ${((t.dur ?? 0) / 1000).toFixed(0)} ms (CPU ${((t.tdur ?? 0) / 1000).toFixed(0)}) at ${((t.ts - ours[0]!.ts) / 1000).toFixed(0)} ms from our first: ${inside.map((e) => `${e.name}${e.args?.data?.url ? `(${e.args.data.url.slice(-20)})` : ''} ${((e.dur ?? 0) / 1000).toFixed(0)}`).join(', ')}`);
    }
    console.log(ours.filter((e) => (e.dur ?? 0) > 10_000).map((e) => `${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} (CPU ${((e.tdur ?? 0) / 1000).toFixed(0)})`).join(', '));
  }
  return longestTaskRunning(events, JOBS);
}

/** performance.measure()s of a scratch build, by name: count, total and longest ms. */
function userTimings(raw: unknown[]): string {
  const open = new Map<string, number>();
  const by = new Map<string, number[]>();
  for (const e of raw as { cat?: string; name: string; ph: string; ts: number; id?: string; id2?: { local?: string } }[]) {
    if (e.cat !== 'blink.user_timing') continue;
    const key = `${e.name}:${e.id ?? e.id2?.local ?? ''}`;
    if (e.ph === 'b') open.set(key, e.ts);
    if (e.ph === 'e' && open.has(key)) pushTo(by, e.name, (e.ts - open.get(key)!) / 1000);
  }
  return [...by].map(([name, xs]) => `${name} ×${xs.length} Σ${xs.reduce((a, b) => a + b, 0).toFixed(0)} max ${Math.max(...xs).toFixed(0)}`).join('; ');
}

const dir = mkdtempSync(join(tmpdir(), 'skillshift-hostile-'));
const EXTENSION = join(dir, 'chrome-mv3');
cpSync(BUILT, EXTENSION, { recursive: true });
const pages = PAGES.filter((k) => k.includes(filter)).map((key) => {
  const file = join(dir, `${key}.html`);
  writeFileSync(file, heavy[key].html);
  return { key, url: heavy[key].url, file };
});
// The 25,000-card page takes seconds to build itself on a loaded machine; the insertion page inserts for 10 s.
const WINDOW_MS = 12_000;
const web = new OfflineWeb(WINDOW_MS);
type Row = { longest: number; sum: number; ourTask: number; ourCall: number; ourCpu: number };
const rows = new Map<string, Row[]>();
const afterDcl = (f: Figures) => f.longTasks.filter(([start]) => f.dcl === null || start >= f.dcl).map(([, d]) => d);
const loadBefore = loadavg()[0]!;

await web.start();
try {
  for (let run = 0; run < runs; run++) {
    for (const arm of (run % 2 ? ['plain', 'ext'] : ['ext', 'plain']) as Arm[]) {
      const profile = join(dir, `${arm}-${run}`);
      const browser = await Chromium.launch({ profileDir: profile, extensionDir: arm === 'ext' ? EXTENSION : null, proxyPort: web.port });
      try {
        if (arm === 'ext') await browser.serviceWorker(10_000);
        await new Promise((r) => setTimeout(r, 1_500));
        for (const page of pages) {
          const { result, events } = await browser.trace(async () => {
            const figures = web.expect(page.url, page.file, randomUUID(), WINDOW_MS + 20_000);
            const target = await browser.open(page.url);
            const f = await figures;
            await browser.closeTarget(target);
            return f;
          }, ['devtools.timeline', 'v8', 'toplevel', ...(marks ? ['blink.user_timing'] : [])]);
          if (marks && arm === 'ext') console.log(`${page.key}: ${userTimings(events)}`);
          if (!result) {
            console.log(`${page.key} ${arm}: no figures`);
            continue;
          }
          const tasks = afterDcl(result);
          const ours = arm === 'ext' ? oursInTrace(events) : { task: 0, call: 0, cpu: 0 };
          const row = { longest: Math.max(0, ...tasks), sum: tasks.reduce((a, b) => a + b, 0), ourTask: ours.task, ourCall: ours.call, ourCpu: ours.cpu };
          pushTo(rows, `${page.key} ${arm}`, row);
        }
      } finally {
        await browser.close();
      }
    }
  }
} finally {
  await web.stop();
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (xs: number[]) => `${median(xs).toFixed(0)} (${xs.map((x) => x.toFixed(0)).join(', ')})`;
console.log(`hostile pages, ${runs} run(s), medians (each run); long tasks after DCL in the first ${WINDOW_MS / 1000} s`);
for (const page of pages) {
  const ext = rows.get(`${page.key} ext`) ?? [];
  const plain = rows.get(`${page.key} plain`) ?? [];
  if (!ext.length || !plain.length) continue;
  console.log(
    `${page.key.padEnd(10)} longest task without ${fmt(plain.map((r) => r.longest))}, with ${fmt(ext.map((r) => r.longest))}; ` +
      `sum without ${fmt(plain.map((r) => r.sum))}, with ${fmt(ext.map((r) => r.sum))}; ` +
      `longest task running SkillShift ${fmt(ext.map((r) => r.ourTask))}, longest SkillShift call ${fmt(ext.map((r) => r.ourCall))} (its thread CPU ${fmt(ext.map((r) => r.ourCpu))})`,
  );
}
console.log(`machine load ${loadBefore.toFixed(1)} → ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);

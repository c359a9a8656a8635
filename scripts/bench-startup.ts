// Content script start-up in real Chromium: `npx tsx scripts/bench-startup.ts [runs=9] [jobs.js…]` (after `npm run build`).
// The built job-page content script is evaluated on a non-job page, with a stub of the extension APIs it
// touches: what it costs every job page before it reads anything (parse, compile, module evaluation, setup).
// No DevTools is attached: with a CDP session, WXT's start-up postMessage captures an async stack and re-parses
// the whole script, adding ≈250 ms that users never pay. The browser records a start-up trace instead, whose
// events carry thread CPU time as well as wall time: on this shared machine the renderer waits for a core for
// much of the wall time, so CPU time is the figure to compare between builds (and wall time is printed beside).
// The script's own element is removed as it starts, so the page's text holds no code for the content script to read.
// Several scripts are measured interleaved, run by run, so a change in the machine's load falls on each alike.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import { median } from './bench-stats';

const runs = Number(process.argv[2] ?? 9);
const scripts = process.argv.length > 3 ? process.argv.slice(3) : [fileURLToPath(new URL('../.output/chrome-mv3/content-scripts/jobs.js', import.meta.url))];
if (!(runs >= 1)) throw new Error(`runs must be a number ≥ 1, not ${process.argv[2]}`);
const missing = scripts.filter((s) => !existsSync(s));
if (missing.length) {
  console.log(`content script start-up: ${missing.join(', ')} not found (run npm run build first)`);
  process.exit(0);
}

const STUB = `globalThis.chrome = { runtime: { id: 'bench', getURL: (p) => p, sendMessage: () => new Promise(() => {}),
  onMessage: { addListener() {}, removeListener() {} } }, i18n: { getMessage: (k) => k, getUILanguage: () => 'en' } };`;
const TraceEvent = z.object({ name: z.string(), ph: z.string(), ts: z.number(), tid: z.number(), dur: z.number().optional(), tdur: z.number().optional(), args: z.unknown().optional() });
const Trace = z.object({ traceEvents: z.array(z.unknown()) });
const EvaluateArgs = z.object({ data: z.object({ url: z.string(), lineNumber: z.number() }) });
type TraceEvent = z.infer<typeof TraceEvent>;
interface Figures {
  wall: number;
  cpu: number;
  compile: number;
  /** Main-thread CPU of the tasks the script left behind (timers, idle callbacks) in the next second. */
  later: number;
}

const dir = mkdtempSync(join(tmpdir(), 'skillshift-startup-'));
const pages = scripts.map((path, i) => {
  const script = readFileSync(path, 'utf8');
  // The renderer first spins 300 ms so the fresh browser's own start-up is over, then runs the script inline (compiled
  // on the main thread from source, as a content script is), in a renderer that never saw it.
  if (script.includes('</script')) throw new Error(`${path} contains "</script": it cannot be inlined`);
  const page = join(dir, `page-${i}.html`);
  const before = `<!doctype html><meta charset="utf-8"><title>Not a job</title><body><p>Nothing to read here.</p><script>${STUB}
for (const end = performance.now() + 300; performance.now() < end; );</script>
<script>`;
  writeFileSync(page, `${before}document.currentScript.remove();${script}</script><script>document.title = 'done';</script></body>`);
  // The trace names a script by its page and the (1-based) line its <script> starts on.
  return { path, bytes: script.length, url: pathToFileURL(page).href, line: before.split('\n').length, figures: [] as Figures[] };
});

const ms = (us: number | undefined): number => (us ?? 0) / 1000;

function figuresOf(events: TraceEvent[], url: string, line: number): Figures {
  const run = events.find((e) => {
    if (e.name !== 'EvaluateScript') return false;
    const args = EvaluateArgs.safeParse(e.args);
    return args.success && args.data.data.url === url && args.data.data.lineNumber === line;
  });
  if (!run?.dur) throw new Error('the trace holds no evaluation of the content script');
  const end = run.ts + run.dur;
  const within = (e: TraceEvent) => e.tid === run.tid && e.ts >= run.ts && e.ts <= end;
  const compile = events.filter((e) => e.name === 'v8.compile' && within(e)).reduce((sum, e) => sum + ms(e.tdur), 0);
  // What the script scheduled: every later timer, idle callback, frame callback or microtask run on its thread.
  const laterTask = (e: TraceEvent) =>
    e.tid === run.tid && e.ts > end && e.ts < end + 1_000_000 && ['TimerFire', 'FireIdleCallback', 'FireAnimationFrame', 'RunMicrotasks', 'EventDispatch'].includes(e.name);
  const later = events.filter(laterTask).reduce((sum, e) => sum + ms(e.tdur), 0);
  return { wall: ms(run.dur), cpu: ms(run.tdur), compile, later };
}

try {
  for (let i = 0; i < runs; i++) {
    for (const page of pages) {
      const trace = join(dir, 'trace.json');
      const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${join(dir, `profile-${i}-${pages.indexOf(page)}`)}`,
        '--trace-startup=devtools.timeline,v8', '--trace-startup-duration=3', '--trace-startup-format=json', `--trace-startup-file=${trace}`, '--dump-dom', page.url];
      const dom = execFileSync(CHROMIUM_PATH, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000, maxBuffer: 64 << 20 });
      if (!dom.includes('<title>done</title>')) throw new Error(`the content script did not start: ${/<title>([^<]*)/.exec(dom)?.[1] ?? 'no result'}`);
      const events = Trace.parse(JSON.parse(readFileSync(trace, 'utf8'))).traceEvents.flatMap((e) => {
        const parsed = TraceEvent.safeParse(e);
        return parsed.success ? [parsed.data] : [];
      });
      page.figures.push(figuresOf(events, page.url, page.line));
      rmSync(trace, { force: true });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
for (const { path, bytes, figures } of pages) {
  const m = (pick: (f: Figures) => number) => median(figures.map(pick)).toFixed(1);
  console.log(
    `content script start-up (${basename(path)} ${(bytes / 1024).toFixed(0)} KB, on a fresh page, no DevTools): median ${m((f) => f.cpu)} ms main-thread CPU ` +
      `(compile ${m((f) => f.compile)} ms; best ${Math.min(...figures.map((f) => f.cpu)).toFixed(1)} ms), ${m((f) => f.wall)} ms wall, over ${runs} runs; ` +
      `then ${m((f) => f.later)} ms CPU in tasks it scheduled`,
  );
}

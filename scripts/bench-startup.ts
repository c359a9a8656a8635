// Content script start-up in real Chromium: `npx tsx scripts/bench-startup.ts [runs=9] [jobs.js]` (after `npm run build`).
// The built job-page content script is evaluated on a non-job page, with a stub of the extension APIs it
// touches: what it costs every job page before it reads anything (parse, compile, module evaluation, setup).
// Chromium runs without DevTools attached (--dump-dom): with a CDP session, WXT's start-up postMessage captures
// an async stack and re-parses the whole script, adding ≈250 ms that users never pay. What is built lazily (the
// classifier, the skill index, the title index) is paid by the first posting or card pass: see the cold
// figures of bench-postings and bench-cards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import { median } from './bench-stats';

const SCRIPT = process.argv[3] ?? fileURLToPath(new URL('../.output/chrome-mv3/content-scripts/jobs.js', import.meta.url));
const runs = Number(process.argv[2] ?? 9);
if (!existsSync(SCRIPT)) {
  console.log(`content script start-up: ${SCRIPT} not found (run npm run build first)`);
  process.exit(0);
}
const STUB = `globalThis.chrome = { runtime: { id: 'bench', getURL: (p) => p, sendMessage: () => new Promise(() => {}),
  onMessage: { addListener() {}, removeListener() {} } }, i18n: { getMessage: (k) => k, getUILanguage: () => 'en' } };`;
const script = readFileSync(SCRIPT, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'skillshift-startup-'));
const page = join(dir, 'page.html');
// The renderer first spins 1.5 s so the fresh browser's own start-up is over, then runs the script inline (compiled
// on the main thread from source, as a content script is), in a renderer that never saw it.
if (script.includes('</script')) throw new Error('jobs.js contains "</script": it cannot be inlined');
writeFileSync(
  page,
  `<!doctype html><meta charset="utf-8"><title>Not a job</title><body><p>Nothing to read here.</p><script>${STUB}
window.onerror = (m) => { window.__error = String(m); };
for (const end = performance.now() + 1500; performance.now() < end; );
window.__t0 = performance.now();</script><script>${script}</script><script>
document.title = window.__error ? 'ERROR ' + window.__error : 'MS=' + (performance.now() - window.__t0).toFixed(2);
document.querySelectorAll('script').forEach((s) => s.remove());</script></body>`,
);
const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', `--user-data-dir=${join(dir, `profile-${i}`)}`, '--dump-dom', pathToFileURL(page).href];
    const dom = execFileSync(CHROMIUM_PATH, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000, maxBuffer: 64 << 20 });
    const title = /<title>([^<]*)<\/title>/.exec(dom)?.[1] ?? '';
    if (!title.startsWith('MS=')) throw new Error(`the content script did not start: ${title || 'no result'}`);
    times.push(Number(title.slice(3)));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `content script start-up (jobs.js ${(script.length / 1024).toFixed(0)} KB, on a fresh page, no DevTools): median ${median(times).toFixed(1)} ms, best ${Math.min(...times).toFixed(1)} ms over ${runs} runs`,
);

// Time to read and analyse a posting in real Chromium (V8, as in the page and the service worker), over the saved
// postings of ../shared/fixtures/pages (or our own fixture pages when ../shared is absent): `npx tsx scripts/bench-postings.ts`.
// The read runs on the page (content script); the analysis in the background, off the page's main thread.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { decodeHtml } from '../cli/decode';
import { CHROMIUM_PATH } from '../tests/e2e/chromium';
import type { run } from './bench-postings-entry';
import { pageBundle } from './bench-bundle';
import { median } from './bench-stats';

type Result = ReturnType<typeof run>;
interface Entry { board: string; file: string; kind: string; url: string; url_guessed?: boolean }

const PAGES = fileURLToPath(new URL('../../shared/fixtures/pages/', import.meta.url));
const OURS = fileURLToPath(new URL('../tests/fixtures/pages/', import.meta.url));
const rounds = 10;

const entries: { path: string; url: string }[] = existsSync(`${PAGES}pages.json`)
  ? (JSON.parse(readFileSync(`${PAGES}pages.json`, 'utf8')) as Entry[])
      .filter((e) => e.kind.includes('posting') && !e.url.includes('<'))
      .map((e) => ({ path: `${PAGES}${e.board}/${e.file}`, url: e.url }))
  : [
      { path: `${OURS}greenhouse-style.html`, url: 'https://job-boards.greenhouse.io/acme/jobs/1' },
      { path: `${OURS}jsonld-zh.html`, url: 'https://example.cn/jobs/1' },
    ];

const bundle = await pageBundle(fileURLToPath(new URL('./bench-postings-entry.ts', import.meta.url)), 'benchPostings');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
const medians: number[] = [];
const reads: number[] = [];
const analyses: number[] = [];
try {
  // Saved pages carry their own CSP meta tags, which would refuse our bundle.
  const tab = await (await browser.newContext({ bypassCSP: true })).newPage();
  await tab.route('**/*', (route) => route.abort());
  console.log(`readPage (page) + analyzeRead (background) in Chromium ${browser.version()}: median of ${rounds} warm runs per page`);
  for (const { path, url } of entries) {
    // The page's own scripts are dropped: we time our analysis of the served DOM, offline.
    const html = decodeHtml(readFileSync(path)).replace(/<script\b(?![^>]*application\/(?:ld\+)?json)[\s\S]*?<\/script>/gi, '');
    await tab.setContent(html, { waitUntil: 'domcontentloaded' });
    await tab.addScriptTag({ content: bundle });
    const r = await tab.evaluate(
      ([u, n]) => (globalThis as unknown as { benchPostings: { run(u: string, n: number): Result } }).benchPostings.run(u, n),
      [url, rounds] as const,
    );
    medians.push(r.medianMs);
    reads.push(r.readMs);
    analyses.push(r.analyseMs);
    console.log(
      `${r.medianMs.toFixed(2).padStart(8)} ms = read ${r.readMs.toFixed(2).padStart(6)} + analyse ${r.analyseMs.toFixed(2).padStart(6)}  (cold ${r.coldMs.toFixed(1).padStart(6)} ms, ${String(r.tasks).padStart(2)} tasks)  ${path.split('/').slice(-2).join('/')}`,
    );
  }
} finally {
  await browser.close();
}
console.log(
  `median over ${medians.length} postings: ${median(medians).toFixed(2)} ms (target ≤ 10 ms) = read on the page ${median(reads).toFixed(2)} ms + analysis in the background ${median(analyses).toFixed(2)} ms`,
);

// Time to analyse a posting in real Chromium, over the saved postings of ../shared/fixtures/pages
// (or our own fixture pages when ../shared is absent): `npx tsx scripts/bench-postings.ts`.
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
try {
  // Saved pages carry their own CSP meta tags, which would refuse our bundle.
  const tab = await (await browser.newContext({ bypassCSP: true })).newPage();
  await tab.route('**/*', (route) => route.abort());
  console.log(`analyzeDocument in Chromium ${browser.version()}: median of ${rounds} warm runs per page`);
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
    console.log(`${r.medianMs.toFixed(2).padStart(8)} ms  (cold ${r.coldMs.toFixed(1).padStart(6)} ms, ${String(r.tasks).padStart(2)} tasks)  ${path.split('/').slice(-2).join('/')}`);
  }
} finally {
  await browser.close();
}
console.log(`median over ${medians.length} postings: ${median(medians).toFixed(2)} ms (target ≤ 10 ms)`);

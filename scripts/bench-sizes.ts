// Bundle and data-pack sizes: the built extension's scripts and pages, and the engine's data (rule packs,
// lexicon, occupations, title index and priors), which only the background, the side panel and the CLI carry:
// the page's content script holds none of it (jobs.js is checked against its own budget below).
// Usage: npx tsx scripts/bench-sizes.ts   (after `npm run build`)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const kb = (n: number): string => `${(n / 1024).toFixed(1).padStart(7)} KB`;

function row(name: string, bytes: Buffer): void {
  console.log(`${name.padEnd(46)} ${kb(bytes.length)}  (gzip ${kb(gzipSync(bytes).length).trim()})`);
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

console.log('Engine data, in the background (minified JSON; never in the content script):');
let total = 0;
for (const dir of ['data/rules', 'data/occupations']) {
  for (const path of files(dir).filter((f) => f.endsWith('.json')).sort()) {
    const min = Buffer.from(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
    total += min.length;
    row(`  ${path}`, min);
  }
}
console.log(`${'  rules, lexicon and occupations'.padEnd(46)} ${kb(total)}`);

// The page's script: what every matched page parses (issue 11: ≤ 150 KB minified, ≤ 50 KB gzip).
const JOBS_BUDGET = { min: 150 * 1024, gzip: 50 * 1024 };
const jobs = join('.output', 'chrome-mv3', 'content-scripts', 'jobs.js');
if (existsSync(jobs)) {
  const bytes = readFileSync(jobs);
  const ok = bytes.length <= JOBS_BUDGET.min && gzipSync(bytes).length <= JOBS_BUDGET.gzip;
  console.log(`content script jobs.js: ${kb(bytes.length).trim()} (gzip ${kb(gzipSync(bytes).length).trim()}); budget 150 KB, gzip 50 KB ${ok ? 'met' : 'EXCEEDED'}`);
}

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const out = join('.output', target);
  if (!existsSync(out)) {
    console.log(`\n${out}: not built (run npm run build first)`);
    continue;
  }
  console.log(`\n${out}:`);
  for (const path of files(out).filter((f) => /\.(js|css|html)$/.test(f)).sort()) row(`  ${path.slice(out.length + 1)}`, readFileSync(path));
}

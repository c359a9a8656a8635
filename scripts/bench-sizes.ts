// Bundle and data-pack sizes: the built extension's scripts and pages, and the data the content script
// carries (rule packs, lexicon, occupations and title priors — issue #3's budget is 300 KB minified).
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

console.log('Data packs in the content script (minified JSON):');
let total = 0;
for (const dir of ['data/rules', 'data/occupations']) {
  for (const path of files(dir).filter((f) => f.endsWith('.json')).sort()) {
    const min = Buffer.from(JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))));
    total += min.length;
    row(`  ${path}`, min);
  }
}
console.log(`${'  rules + lexicon + occupations + priors'.padEnd(46)} ${kb(total)}  (budget 300 KB)`);

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const out = join('.output', target);
  if (!existsSync(out)) {
    console.log(`\n${out}: not built (run npm run build first)`);
    continue;
  }
  console.log(`\n${out}:`);
  for (const path of files(out).filter((f) => /\.(js|css|html)$/.test(f)).sort()) row(`  ${path.slice(out.length + 1)}`, readFileSync(path));
}

// The CLI on a batch: `npx tsx scripts/bench-cli.ts [pages=100]`. `skillshift analyze` pinned to one core
// (taskset -c 0) on the saved pages of ../shared/fixtures/pages (cycled to reach the count), each at its own
// canonical/og:url; start-up is the same command on one tiny page. Prints wall and CPU seconds (user + sys).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGES = join(ROOT, '../shared/fixtures/pages');
const count = Number(process.argv[2] ?? 100);
const TARGET_S = 10;

function htmlUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlUnder(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Wall and CPU seconds of `skillshift analyze` over `files` on one core (GNU time reports the child's CPU). */
function timed(files: string[]): { wall: number; cpu: number; lines: number; code: number | null } {
  const run = spawnSync('/usr/bin/time', ['-f', '%e %U %S', 'taskset', '-c', '0', process.execPath, 'cli/bin.mjs', 'analyze', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const [wall, user, sys] = run.stderr.trim().split('\n').pop()!.split(' ').map(Number);
  if (wall === undefined || user === undefined || sys === undefined || Number.isNaN(wall)) throw new Error(`no timing: ${run.stderr.slice(-500)}`);
  return { wall, cpu: user + sys, lines: run.stdout.trimEnd().split('\n').filter(Boolean).length, code: run.status };
}

if (!existsSync(PAGES)) {
  console.log(`cli batch: ${PAGES} not found (clone ../shared beside the checkout); nothing to time`);
  process.exit(0);
}
const all = htmlUnder(PAGES);
const files = Array.from({ length: count }, (_, i) => all[i % all.length]!);
const dir = mkdtempSync(join(tmpdir(), 'skillshift-cli-bench-'));
const tiny = join(dir, 'tiny.html');
writeFileSync(tiny, '<!doctype html><title>Not a job</title><p>Nothing here.</p>');
try {
  const start = timed([tiny]);
  const batch = timed(files);
  const perPage = (batch.cpu - start.cpu) / Math.max(1, files.length - 1);
  console.log(`cli start-up (analyze, 1 tiny page, 1 core): ${start.wall.toFixed(2)} s wall, ${start.cpu.toFixed(2)} s CPU`);
  console.log(
    `cli batch (${files.length} saved pages, ${all.length} distinct, 1 core): ${batch.wall.toFixed(2)} s wall, ${batch.cpu.toFixed(2)} s CPU ` +
      `(target ≤ ${TARGET_S} s: ${batch.cpu <= TARGET_S ? 'met' : 'missed'}); ${(perPage * 1000).toFixed(0)} ms CPU per page after start-up; ` +
      `${batch.lines} JSON lines, exit ${batch.code}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

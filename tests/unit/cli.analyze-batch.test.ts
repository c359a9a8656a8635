import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runAnalyze } from '../../cli/analyze';
import { greenhouse } from '../../sites/greenhouse';
import { ROOT, skillshift } from '../fixtures/cli';

const own = (name: string): string => readFileSync(`tests/fixtures/pages/${name}`, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'skillshift-batch-'));
mkdirSync(join(dir, 'boards'));
// Saved pages name their own URL: the canonical link picks the adapter; og:url when there is no canonical link.
writeFileSync(join(dir, 'boards', 'a-greenhouse.html'), own('greenhouse-style.html').replace('<head>', '<head><link rel="canonical" href="https://job-boards.greenhouse.io/acme/jobs/4000001">'));
writeFileSync(join(dir, 'boards', 'b-usajobs.htm'), own('usajobs-style.html').replace('<head>', '<head><meta property="og:url" content="https://www.usajobs.gov/job/812345600">'));
writeFileSync(join(dir, 'boards', 'notes.txt'), 'not a page');
writeFileSync(join(dir, 'jsonld.html'), own('jsonld-posting.html'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

interface Line {
  url: string;
  source: string | null;
  posting: { company: string | null } | null;
}
const jsonLines = (stdout: string): Line[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Line);

describe('skillshift analyze, many pages', () => {
  it("reads files and directories in order, one JSON line each, at each page's own URL; a missing file gets a line on stderr and exit 2", () => {
    const missing = join(dir, 'gone.html');
    const { code, stdout, stderr } = skillshift(['analyze', join(dir, 'boards'), missing, join(dir, 'jsonld.html')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`skillshift analyze: ${missing}: cannot read it (ENOENT)\n`);
    const out = jsonLines(stdout);
    expect(out.map((a) => [a.url, a.source])).toEqual([
      ['https://job-boards.greenhouse.io/acme/jobs/4000001', 'site:greenhouse'],
      ['https://www.usajobs.gov/job/812345600', 'site:usajobs'],
      [expect.stringMatching(/^file:\/\/.*\/jsonld\.html$/), 'json-ld'],
    ]);
    expect(out[1]?.posting?.company).toBe('National Park Service');
  }, 60_000);

  it('--summary prints a table instead: title, company, exposure and counts per page', () => {
    const { code, stdout } = skillshift(['analyze', '--summary', join(dir, 'boards')]);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trimEnd().split('\n').map((line) => line.split('\t'));
    expect(header).toEqual(['file', 'kind', 'title', 'company', 'exposure', 'automatable', 'augmentable', 'human-led', 'unclear', 'cards']);
    expect(rows.map((r) => r.slice(0, 4))).toEqual([
      [join(dir, 'boards', 'a-greenhouse.html'), 'posting', expect.any(String), expect.any(String)],
      [join(dir, 'boards', 'b-usajobs.htm'), 'posting', 'Park Ranger (Interpretation)', 'National Park Service'],
    ]);
    for (const row of rows) {
      expect(row[4]).toMatch(/^\d{1,3}% (automatable|augmentable|human-led)$/);
      expect(row.slice(5, 8).every((n) => /^\d+$/.test(n))).toBe(true);
    }
  }, 60_000);

  it('an empty file and a file of random bytes: a plain line on stderr or "no job posting", never an internal error, and the rest still read', () => {
    const odd = join(dir, 'odd');
    mkdirSync(odd, { recursive: true });
    writeFileSync(join(odd, 'a-empty.html'), '  \n');
    // Bytes that are no page at all (a fixed pattern, not random, so the test reads the same every time).
    writeFileSync(join(odd, 'b-binary.html'), Uint8Array.from({ length: 65_536 }, (_, i) => (i * 7919 + 13) % 256));
    writeFileSync(join(odd, 'c-jsonld.html'), own('jsonld-posting.html'));
    const { code, stdout, stderr } = skillshift(['analyze', '--summary', odd]);
    expect(code).toBe(2);
    expect(stderr).toBe(`skillshift analyze: ${join(odd, 'a-empty.html')}: cannot read it (the file is empty)\n`);
    const rows = stdout.trimEnd().split('\n').slice(1).map((line) => line.split('\t'));
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      [join(odd, 'b-binary.html'), 'none'],
      [join(odd, 'c-jsonld.html'), 'posting'],
    ]);
    expect(rows[0]![2]).toMatch(/^\(no job posting found/);
    expect(stdout).not.toMatch(/TypeError|Cannot read|undefined/);
  }, 60_000);

  it('a directory that holds no page is named on stderr (exit 2), and the pages given beside it are still read', () => {
    const none = join(dir, 'no-pages');
    mkdirSync(join(none, 'deeper'), { recursive: true });
    writeFileSync(join(none, 'deeper', 'notes.txt'), 'not a page');
    const { code, stdout, stderr } = skillshift(['analyze', none, join(dir, 'jsonld.html')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`skillshift analyze: ${none}: cannot read it (no .html, .htm or .xhtml page under it)\n`);
    expect(jsonLines(stdout).map((a) => a.source)).toEqual(['json-ld']);
  }, 60_000);

  it('a reader that stops early (`| head -1`): the CLI stops quietly, exit 0, no EPIPE stack', async () => {
    const child = spawn(process.execPath, ['cli/bin.mjs', 'classify'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Enough lines that the output outlasts the pipe: the reader takes the first chunk and closes its end.
    child.stdin.end('Enter invoices into the ledger\n'.repeat(20_000));
    await new Promise<void>((done) => child.stdout.once('data', () => (child.stdout.destroy(), done())));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);

  it('rejects an option it does not know', () => {
    const { code, stderr } = skillshift(['analyze', '--sumary', join(dir, 'jsonld.html')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/does not know --sumary/);
  }, 60_000);
});

describe('skillshift analyze, an adapter that throws', () => {
  it('prints the error on stderr, still prints what the other readers made of the page, and exits 3', () => {
    vi.spyOn(greenhouse, 'extractPosting').mockImplementation(() => {
      throw new TypeError('job__title is gone');
    });
    const out: string[] = [];
    const err: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
    const file = join(dir, 'jsonld.html');
    const code = runAnalyze([file, join(dir, 'boards', 'b-usajobs.htm')], { url: 'https://job-boards.greenhouse.io/acme/jobs/4000001' });
    vi.restoreAllMocks();
    expect(code).toBe(3);
    expect(err).toEqual([`skillshift analyze: ${file}: the greenhouse adapter failed finding the posting: TypeError: job__title is gone\n`, expect.stringContaining('b-usajobs.htm: the greenhouse adapter failed')]);
    const [first] = jsonLines(out.join(''));
    expect(first).toMatchObject({ kind: 'posting', source: 'json-ld', adapterError: { adapter: 'greenhouse', step: 'posting', message: 'TypeError: job__title is gone' } });
  });
});

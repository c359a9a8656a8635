import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../../cli/analyze';

// Small employers' job pages written as prose at hosts no adapter knows (no "Responsibilities" heading, few job
// words), and pages that are no posting, with what each should read as (tests/fixtures/prose-pages/expected.json,
// written before the engine read them).
const DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/prose-pages/');
const expected = JSON.parse(readFileSync(`${DIR}expected.json`, 'utf8')) as {
  postings: Record<string, { title: string; duties: string[] }>;
  notPostings: string[];
  /** No-posting pages still read as postings, and why. */
  knownWrong: Record<string, string>;
};
const at = (file: string): string => `https://${file.replace(/\.html$/, '')}.example/jobs/1`;
const norm = (s: string): string => s.toLowerCase().replace(/’/g, "'");
/** Expected duties found among the analysis's duties, of all the pages together. */
const DUTIES_FOUND = 56;

describe('job postings written as prose at an unknown host', () => {
  let found = 0;
  for (const [file, want] of Object.entries(expected.postings)) {
    it(`${file}: a posting titled "${want.title}"`, () => {
      const a = analyzeFile(`${DIR}${file}`, at(file));
      if (typeof a === 'string') throw new Error(a);
      expect(a.reason).toBeUndefined();
      expect([a.kind, a.posting?.title]).toEqual(['posting', want.title]);
      const tasks = a.tasks.map((t) => norm(t.text));
      found += want.duties.filter((d) => tasks.some((t) => t.includes(norm(d)))).length;
    });
  }
  it(`finds ${DUTIES_FOUND} of their duties at least`, () => expect(found).toBeGreaterThanOrEqual(DUTIES_FOUND));

  const kind = (file: string): string => {
    const a = analyzeFile(`${DIR}${file}`, at(file));
    if (typeof a === 'string') throw new Error(a);
    return a.kind;
  };
  it.each(expected.notPostings.filter((f) => !(f in expected.knownWrong)))('%s is no posting', (file) => expect(kind(file)).not.toBe('posting'));
  // Left wrong: when one is read right, move it out of knownWrong.
  it.each(Object.keys(expected.knownWrong))('%s is still read as a posting (known)', (file) => expect(kind(file)).toBe('posting'));
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { quietReadability } from '../../scripts/quiet-readability';
import { ROOT, skillshift } from '../fixtures/cli';
import { FIXTURE_PAGES, domFromHtml } from '../sites/helpers';

const SOURCE = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
const code = readFileSync(SOURCE, 'utf8');

/** The Readability class that `source` defines (a CommonJS module). */
function load(source: string): typeof ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', source)(module);
  return module.exports as typeof ReadabilityClass;
}

describe('the bundles carry Readability without its debug logging (scripts/quiet-readability.ts, used by wxt.config.ts)', () => {
  const quiet = quietReadability(code);

  it('drops every log call and the debug logger, and nothing else', () => {
    expect(code.match(/this\.log\(/g)?.length).toBeGreaterThan(20);
    expect(quiet).not.toMatch(/this\.log\(|console\.log|Reader: \(Readability\)/);
    expect(quiet.length).toBeLessThan(code.length - 2000);
    // What is left is the source with each call replaced (the logger aside).
    expect(quiet.split('void 0').length - 1).toBe(code.match(/this\.log\(/g)?.length);
  });

  it('reads every page of ours as the library does', () => {
    const [Original, Quiet] = [load(code), load(quiet)];
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const html = readFileSync(`${FIXTURE_PAGES}${file}`, 'utf8');
      const read = (R: typeof ReadabilityClass): unknown[] => {
        try {
          const article = new R(domFromHtml(html), { charThreshold: 200 }).parse();
          return [article?.title, article?.content];
        } catch (e) {
          return [String(e)];
        }
      };
      expect(read(Quiet), file).toEqual(read(Original));
    }
  });

  it("is the Readability of the CLI's bundle too (cli/bundle.mjs)", () => {
    expect(skillshift(['classify'], 'Answer customer emails\n').code).toBe(0);
    const cache = join(ROOT, 'node_modules/.cache/skillshift-cli');
    const { dir } = JSON.parse(readFileSync(join(cache, 'current.json'), 'utf8')) as { dir: string };
    const chunks = readdirSync(join(cache, dir)).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(cache, dir, f), 'utf8'));
    expect(chunks.some((c) => c.includes('_grabArticle'))).toBe(true);
    expect(chunks.filter((c) => c.includes('this.log('))).toEqual([]);
  });
});

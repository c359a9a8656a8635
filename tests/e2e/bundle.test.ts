import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../sites/registry';

// The built extension (npm run build): the manifest holds every adapter's match patterns, though the content
// script's bundle drops the literal ones (scripts/without-example-urls.ts).
const BUILDS = ['chrome-mv3', 'firefox-mv2'].map((b) => new URL(`../../.output/${b}/`, import.meta.url));

describe('the built content script and its manifest', () => {
  for (const build of BUILDS) {
    it.runIf(existsSync(new URL('manifest.json', build)))(`${build.pathname.split('/').at(-2)}: every adapter's patterns in the manifest, none of its literal ones in jobs.js`, () => {
      const manifest = JSON.parse(readFileSync(new URL('manifest.json', build), 'utf8')) as { content_scripts: { matches: string[]; exclude_matches?: string[] }[] };
      const jobs = readFileSync(new URL('content-scripts/jobs.js', build), 'utf8');
      const declared = new Set(manifest.content_scripts.flatMap((s) => s.matches));
      const excluded = new Set(manifest.content_scripts.flatMap((s) => s.exclude_matches ?? []));
      for (const adapter of adapters) {
        for (const pattern of adapter.matches) expect(declared.has(pattern), `${adapter.id}: ${pattern}`).toBe(true);
        for (const pattern of adapter.excludeMatches ?? []) expect(excluded.has(pattern), `${adapter.id}: ${pattern}`).toBe(true);
      }
      const literal = adapters.flatMap((a) => a.matches);
      expect(literal.filter((p) => jobs.includes(`"${p}"`))).toEqual([]);
      // Readability's class alone (engine/extract/readability-module.d.ts), not its package index with isProbablyReaderable.
      expect(jobs).toContain('readability-page-1');
      expect(jobs).not.toMatch(/isProbablyReaderable|minContentLength/);
    });
  }
});

import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../sites/registry';
import { undeclaredCardIds } from './board';
import { ownDocument, FIXTURE_PAGES } from './helpers';
import { OWN_PAGES } from './own-pages';

const SITES = fileURLToPath(new URL('../../sites/', import.meta.url));
const adapterFiles = readdirSync(SITES)
  .filter((f) => f.endsWith('.ts') && !['types.ts', 'registry.ts'].includes(f))
  .map((f) => f.replace(/\.ts$/, ''));

/** Whether a manifest match pattern (https only, "*." host wildcard, "*" anywhere in the path) covers the URL. */
function patternHas(pattern: string, url: string): boolean {
  const { hostname, pathname, search } = new URL(url);
  const [, host = '', path = ''] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? [];
  const hostOk = host.startsWith('*.') ? hostname === host.slice(2) || hostname.endsWith(host.slice(1)) : hostname === host;
  const glob = new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return hostOk && glob.test(pathname + search);
}

// Conventions kept true by test: one file per adapter, named by its id, registered, with examples and a fixture.
describe('site adapters (meta)', () => {
  it('registers every adapter file, under its file name', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual([...adapterFiles].sort());
  });

  for (const adapter of adapters) {
    describe(adapter.id, () => {
      it('has example URLs and manifest match patterns', () => {
        expect(adapter.exampleUrls.length).toBeGreaterThanOrEqual(2);
        expect(adapter.matches.length).toBeGreaterThan(0);
        for (const m of adapter.matches) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
      });
      it('covers each example URL with a match pattern, and excludes none of them', () => {
        for (const m of adapter.excludeMatches ?? []) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*\*$/);
        for (const url of adapter.exampleUrls) {
          expect(adapter.matches.some((m) => patternHas(m, url)), url).toBe(true);
          expect((adapter.excludeMatches ?? []).filter((m) => patternHas(m, url)), url).toEqual([]);
        }
      });
      it('rejects the pages its exclude patterns name', () => {
        for (const m of adapter.excludeMatches ?? []) {
          const url = m.replace(/^https:\/\/\*\./, 'https://x.').replace(/\*/g, 'x');
          expect(patternHas(m, url), url).toBe(true);
          expect(adapter.test(new URL(url)), url).toBe(false);
        }
      });
      it('reads every card id on its fixtures from an attribute it declares', () => {
        const files = readdirSync(FIXTURE_PAGES).filter((f) => f.startsWith(`${adapter.id}-`));
        const url = new URL(adapter.exampleUrls[0]!);
        for (const file of files) {
          const doc = ownDocument(file);
          expect(undeclaredCardIds(adapter, () => adapter.findCards(doc, url)), file).toEqual([]);
        }
      });
      it('has a fixture page of ours', () => {
        const html = readFileSync(`${FIXTURE_PAGES}${adapter.id}-style.html`, 'utf8');
        expect(html).toContain('Written for SkillShift tests');
      });
      it('has a row in the own-pages table for each fixture page of ours', () => {
        const files = readdirSync(FIXTURE_PAGES).filter((f) => f.startsWith(`${adapter.id}-`));
        const rows = new Set(OWN_PAGES.filter((p) => p.adapter === adapter).map((p) => p.file));
        expect(files.filter((f) => !rows.has(f))).toEqual([]);
      });
    });
  }
});

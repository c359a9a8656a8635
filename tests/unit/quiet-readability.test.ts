import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import { bundledReadability, IDLE_COUNT, idleMethods, idleReadability, LEAN_COUNT, leanReadability, leanReplacements, quietReadability, unusedLists, unusedPatterns } from '../../scripts/quiet-readability';
import { ROOT, skillshift } from '../fixtures/cli';
import { FIXTURE_PAGES, domFromHtml } from '../sites/helpers';

const SOURCE = createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js');
const code = readFileSync(SOURCE, 'utf8');

/** The Readability class that `source` defines (a CommonJS module). */
/** The library's class from its source, CommonJS as published or an ES module as bundled (its default export). */
function load(source: string): typeof ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', source.replace(/\bexport default Readability;/, 'module.exports = Readability;'))(module);
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
    // The failed checks of _cleanConditionally are counted, not described for the log.
    expect(quiet.match(/errs\.push\(1\)/g)?.length).toBe(code.match(/errs\.push\(/g)?.length);
    expect(quiet).not.toMatch(/Too many inputs per p/);
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
    expect(chunks.some((c) => c.includes('readability-page-1'))).toBe(true);
    expect(chunks.filter((c) => c.includes('this.log(') || c.includes('_grabArticle'))).toEqual([]);
  });
});

// linkedom keeps the case of a tag name created in code (Readability's createElement("DIV") makes a <DIV>), which its
// parser, like a browser's, does not: the library's markup round trip lowercased them after a first attempt; the
// cloned page keeps them as the first attempt saw them. The markup compared is the same but for that case.
const tagCase = (html: unknown): unknown => (typeof html === 'string' ? html.replace(/<(\/?)([A-Z][A-Z0-9]*)\b/g, (_m, slash: string, tag: string) => `<${slash}${tag.toLowerCase()}`) : html);

describe('Readability asks the DOM for no more than it uses (leanReadability)', () => {
  const cloned = leanReadability(quietReadability(code));

  it("takes every replacement in the library's source: its page copied as nodes, texts and styles built only when read", () => {
    expect(leanReplacements(quietReadability(code))).toBe(LEAN_COUNT);
    expect(cloned).not.toContain('page.innerHTML');
    expect(cloned).not.toContain('var bylineLength');
    expect(cloned).toContain('node.cloneNode(true)');
  });

  it('reads every page of ours as the library does, after every retry too', () => {
    const [Original, Cloned] = [load(code), load(cloned)];
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    // A threshold no page reaches makes Readability restore the page and try again three times, then keep its best.
    for (const charThreshold of [200, 1e9]) {
      for (const file of pages) {
        const html = readFileSync(`${FIXTURE_PAGES}${file}`, 'utf8');
        const read = (R: typeof ReadabilityClass): unknown[] => {
          try {
            const article = new R(domFromHtml(html), { charThreshold }).parse();
            return [article?.title, article?.content];
          } catch (e) {
            return [String(e)];
          }
        };
        expect(read(Cloned).map(tagCase), `${file} at ${charThreshold}`).toEqual(read(Original).map(tagCase));
      }
    }
  });
});

// What the bundles carry: also without the methods SkillShift never needs (JSON-LD, kept classes, image, address and
// style mending) and with Readability's own members' names shortened. With SkillShift's options, the same title and
// text markup; links' addresses, inline styles and presentational attributes stay as the page wrote them.
describe('the bundled Readability (bundledReadability): idle methods emptied, own members renamed', () => {
  const OPTIONS = { charThreshold: 200, keepClasses: true, disableJSONLD: true };
  // What the idle methods change is left out of the comparison: images, links' addresses, presentational attributes,
  // and the <div>/<section> wrappers the library folds into their only child or drops when empty (blanks between tags go
  // with them).
  const textMarkup = (html: unknown): unknown =>
    typeof html === 'string'
      ? html
          .replace(/<img\b[^>]*>/gi, '')
          .replace(/ (?:href|style|align|valign|width|height|border|bgcolor|background|cellpadding|cellspacing|frame|rules|hspace|vspace)="[^"]*"/g, '')
          .replace(/<\/?(?:div|section)\b[^>]*>/gi, '')
          .replace(/>\s+</g, '><')
          .trim()
      : html;

  it("empties every idle method of the library's source and renames its own members", async () => {
    expect(idleMethods(code)).toBe(IDLE_COUNT);
    const bundled = await bundledReadability(code);
    expect(bundled).not.toMatch(/_grabArticle|_getJSONLD|FLAG_STRIP_UNLIKELYS|this\.log\(|module\.exports/);
    expect(bundled).toMatch(/\bexport default Readability;\s*$/);
    expect(bundled.length).toBeLessThan(code.length * 0.7);
  });

  it('drops the patterns nothing reads once the idle methods are emptied, and keeps every one something reads', async () => {
    const idled = idleReadability(leanReadability(quietReadability(code)));
    const unused = unusedPatterns(idled);
    expect(unused).toEqual(expect.arrayContaining(['jsonLdArticleTypes', 'srcsetUrl', 'b64DataUrl']));
    const bundled = await bundledReadability(code);
    // The library's own patterns: the JSON-LD article types are gone, the ad and loading words it reads stay.
    expect(bundled).not.toMatch(/AdvertiserContentArticle/);
    expect(bundled).toMatch(/chargement|cargando/);
    for (const name of new Set([...idled.matchAll(/REGEXPS\.(\w+)/g)].map((m) => m[1]!))) expect(unused, name).not.toContain(name);
  });

  it('drops the constant lists only the emptied methods read, and keeps every one something reads', async () => {
    const idled = idleReadability(leanReadability(quietReadability(code)));
    expect(unusedLists(code)).toEqual([]);
    expect(unusedLists(idled)).toEqual(['PRESENTATIONAL_ATTRIBUTES', 'DEPRECATED_SIZE_ATTRIBUTE_ELEMS']);
    const bundled = await bundledReadability(code);
    expect(bundled).not.toMatch(/cellpadding/);
    expect(bundled).toMatch(/ALTER_TO_DIV_EXCEPTIONS|"ARTICLE", "SECTION"/);
  });

  it("titles an article by the page's <title> cut before its last separator when more than four words remain, else whole", async () => {
    const Bundled = load(await bundledReadability(code));
    const body = `<body><article>${'<p>Load and unload trucks, scan goods and pick orders for next-day dispatch in our warehouse.</p>'.repeat(6)}</article></body>`;
    const titled = (title: string): string | null | undefined => new Bundled(domFromHtml(`<html><head><title>${title}</title></head>${body}</html>`), OPTIONS).parse()?.title;
    expect(titled('Graduate Data Engineer | Flow Traders | LinkedIn')).toBe('Graduate Data Engineer | Flow Traders');
    expect(titled('Lagerist (m/w/d) - Hansen Logistik GmbH')).toBe('Lagerist (m/w/d) - Hansen Logistik GmbH');
    expect(titled('Cook - Maple Leaf Diner')).toBe('Cook - Maple Leaf Diner');
  });

  it('reads every page of ours as the library does with the options SkillShift passes', async () => {
    const [Original, Bundled] = [load(code), load(await bundledReadability(code))];
    const pages = readdirSync(FIXTURE_PAGES).filter((f) => f.endsWith('.html'));
    for (const file of pages) {
      const html = readFileSync(`${FIXTURE_PAGES}${file}`, 'utf8');
      const read = (R: typeof ReadabilityClass): unknown[] => {
        try {
          const article = new R(domFromHtml(html), OPTIONS).parse();
          return [article?.title, textMarkup(tagCase(article?.content))];
        } catch (e) {
          return [String(e)];
        }
      };
      expect(read(Bundled), file).toEqual(read(Original));
    }
  });
});

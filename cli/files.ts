import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = /\.x?html?$/i;

/** A named file, or what a directory holds: the pages (.html, .htm, .xhtml) under it, sorted, at any depth. */
export type Listed = { file: string } | { file: string; error: string };

function code(e: unknown): string {
  return e instanceof Error && 'code' in e ? String(e.code) : String(e);
}

function pagesUnder(dir: string): Listed[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    return [{ file: dir, error: code(e) }];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    try {
      if (statSync(path).isDirectory()) return pagesUnder(path);
    } catch (e) {
      return [{ file: path, error: code(e) }];
    }
    return PAGE.test(name) ? [{ file: path }] : [];
  });
}

const NO_PAGES = 'no .html, .htm or .xhtml page under it';

/**
 * The files to analyse, in the order given (a directory's pages in name order); what can't be listed says why, and so
 * does a directory holding no page (a wrong directory is named, not passed over in silence).
 */
export function listPages(paths: readonly string[]): Listed[] {
  return paths.flatMap((path) => {
    try {
      if (!statSync(path).isDirectory()) return [{ file: path }];
    } catch {
      return [{ file: path }];
    }
    const listed = pagesUnder(path);
    return listed.length > 0 ? listed : [{ file: path, error: NO_PAGES }];
  });
}

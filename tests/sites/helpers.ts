import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import { decodeHtml } from '../../cli/decode';

// Paths, not `new URL(…, import.meta.url)`: under happy-dom Vite rewrites that into an http: URL.
const HERE = dirname(fileURLToPath(import.meta.url));
/** The shared saved pages live beside the checkout, never inside it. */
export const SHARED_PAGES = join(HERE, '../../../shared/fixtures/pages/');
/** Pages we wrote in each board's markup, for the adapters (tests/fixtures/pages/). */
export const FIXTURE_PAGES = join(HERE, '../fixtures/pages/');
export const hasShared = existsSync(`${SHARED_PAGES}pages.json`);
if (!hasShared) console.warn(`saved-page tests skipped: ${SHARED_PAGES}pages.json not found (clone ../shared beside the checkout)`);

const PageEntry = z.looseObject({
  board: z.string(),
  file: z.string(),
  kind: z.string(),
  url: z.string(),
  url_guessed: z.boolean().optional(),
  lang: z.string().optional(),
  title: z.string().nullable().optional(),
  company: z.string().nullable().optional(),
  location: z.string().nullable().optional(),
  bullets: z.number().optional(),
  sample_bullets: z.array(z.string()).optional(),
  sample_kind: z.string().optional(),
  cards: z.number().optional(),
  first_titles: z.array(z.string()).optional(),
});
export type PageEntry = z.infer<typeof PageEntry>;

export function sharedPages(board?: string): PageEntry[] {
  if (!hasShared) return [];
  const all = z.array(PageEntry).parse(JSON.parse(readFileSync(`${SHARED_PAGES}pages.json`, 'utf8')));
  return board ? all.filter((p) => p.board === board) : all;
}

export function domFromHtml(html: string): Document {
  // linkedom's Document is structurally a DOM Document; its own typings differ slightly.
  return parseHTML(html).document as unknown as Document;
}

export function sharedDocument(entry: Pick<PageEntry, 'board' | 'file'>): Document {
  // Some boards (51job) serve GBK: decode bytes as the CLI does, not as UTF-8.
  return domFromHtml(decodeHtml(readFileSync(`${SHARED_PAGES}${entry.board}/${entry.file}`)));
}

export function ownDocument(file: string): Document {
  return domFromHtml(readFileSync(`${FIXTURE_PAGES}${file}`, 'utf8'));
}

/** A URL the adapter can parse: pages.json writes unknown parts as <placeholders>. */
export function usableUrl(url: string): URL {
  return new URL(url.replace(/<[^>]*>/g, 'x'));
}

export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of each leaf <li> (without nested lists), as a reader sees it. */
export function leafItems(root: Element): string[] {
  return Array.from(root.querySelectorAll('li'))
    .filter((li) => !li.querySelector('li'))
    .map((li) => collapse(li.textContent))
    .filter(Boolean);
}

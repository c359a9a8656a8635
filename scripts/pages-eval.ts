// npm run eval:pages — every saved page of ../shared/fixtures/pages through the CLI's analysis at its own URL,
// against pages.json: a posting is read right when its title, company and at least one duty are — or, when our
// hand reading of its lines (tests/fixtures/lines) found no duty on it, when it lists none; a listing when all its
// job cards are found. Shells whose jobs live only in page JSON (no cards in the DOM) are left out.
// With --unknown-site, each page is read at a host no adapter knows (its postings only: a listing's cards at an
// unknown host are the generic reader's guess), as a stand-in for the boards we have not seen.
// With --unknown-listings, each saved listing is read at such a host: are all its cards found by the generic reader?
// With --unknown-site --bare, the saved postings that carry schema.org data are read there without it (scripts and
// itemprops taken out): what the heading, page title and Readability make of a board that publishes none.
// Usage: npx tsx scripts/pages-eval.ts [--misses] [--unknown-site [--bare] | --unknown-listings]
import { existsSync, readFileSync } from 'node:fs';
import { analyzeFile } from '../cli/analyze';
import { decodeHtml } from '../cli/decode';
import { parseAsBrowser } from '../cli/parse';
import { analyzeDocument } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import { readAnnotations } from './lines-metrics';

const PAGES = new URL('../../shared/fixtures/pages/', import.meta.url).pathname;

interface Entry {
  board: string;
  file: string;
  kind: string;
  url: string;
  title?: string;
  company?: string | null;
  cards?: number;
  dom_cards?: number;
}

/** What the page should give, by pages.json; null when it holds nothing a reader could be scored on. */
function expectations(page: Entry): { posting: boolean; cards: number | null } | null {
  const posting = page.kind.includes('posting') || (page.kind === 'shell' && Boolean(page.title));
  const cards = page.kind.includes('listing') ? (page.cards ?? null) : null;
  return posting || cards !== null ? { posting, cards } : null;
}

/** Saved pages whose every line a hand reading found to be something other than a duty (tests/fixtures/lines). */
const NO_DUTY = new Set(readAnnotations().flatMap((a) => (a.lines.some((l) => l.role === 'duty') ? [] : [a.page])));

/** What is wrong with the page's reading (empty when it was read right). */
export function misses(page: Entry, a: Analysis): string[] {
  const want = expectations(page);
  if (!want) return [];
  const out: string[] = [];
  if (want.posting) {
    if ((a.posting?.title || null) !== (page.title || null)) out.push(`title ${JSON.stringify(a.posting?.title ?? null)} ≠ ${JSON.stringify(page.title)}`);
    if ((page.company ?? null) !== (a.posting?.company ?? null)) out.push(`company ${JSON.stringify(a.posting?.company ?? null)} ≠ ${JSON.stringify(page.company ?? null)}`);
    if (NO_DUTY.has(`${page.board}/${page.file}`)) {
      if (a.tasks.length > 0) out.push(`${a.tasks.length} tasks where a hand reading finds no duty`);
    } else if (a.tasks.length === 0) out.push(`no duties (${a.reason ?? a.source ?? 'no source'})`);
  }
  if (want.cards !== null && a.cards.length !== want.cards) out.push(`${a.cards.length} of ${want.cards} cards`);
  return out;
}

/** Each saved listing read at a host no adapter knows: right when the generic reader finds all its cards, no more. */
function unknownListings(pages: Entry[]): void {
  const listings = pages.filter((p) => expectations(p)?.cards);
  let right = 0;
  let near = 0;
  for (const page of listings) {
    // The page at its own path, on a host no adapter knows (its relative links lead where they did).
    const own = new URL(page.url.replace(/<[^>]*>/g, 'x'));
    const analysis = analyzeFile(`${PAGES}${page.board}/${page.file}`, `https://careers.unknown-site.example${own.pathname}${own.search}`);
    const got = typeof analysis === 'string' ? 0 : analysis.cards.length;
    const want = page.cards!;
    if (got === want) right++;
    if (Math.abs(got - want) <= want * 0.1) near++;
    if (got !== want && process.argv.includes("--misses")) console.log(`${page.board}/${page.file}: ${got} of ${want} cards`);
  }
  const pct = (n: number): string => ((n / listings.length) * 100).toFixed(1);
  console.log(`eval:pages: ${right} of ${listings.length} saved listings' cards all found at a site no adapter knows (${pct(right)}%); within 10%: ${near} (${pct(near)}%)`);
}

const STRUCTURED = 'script[type="application/ld+json"], [itemscope], [itemprop]';

/** The saved page without its schema.org data, read at `url` as no adapter's; null when it carries none. */
function bare(file: string, url: string): Analysis | null {
  const doc = parseAsBrowser(decodeHtml(readFileSync(file)));
  const structured = Array.from(doc.querySelectorAll(STRUCTURED));
  if (!structured.some((el) => el.tagName === 'SCRIPT' || /JobPosting/.test(el.getAttribute('itemtype') ?? ''))) return null;
  for (const el of structured) {
    if (el.tagName === 'SCRIPT') el.remove();
    else for (const name of ['itemscope', 'itemprop', 'itemtype']) el.removeAttribute(name);
  }
  return analyzeDocument(doc, url, null);
}

function main(): void {
  if (!existsSync(`${PAGES}pages.json`)) {
    console.log(`eval:pages: ${PAGES} not found (clone ../shared beside the checkout); nothing to score`);
    return;
  }
  const all = JSON.parse(readFileSync(`${PAGES}pages.json`, 'utf8')) as Entry[];
  if (process.argv.includes('--unknown-listings')) return unknownListings(all);
  const unknown = process.argv.includes('--unknown-site');
  const stripped = unknown && process.argv.includes('--bare');
  let right = 0;
  let read = 0;
  const wrong: string[] = [];
  for (const page of all.filter((p) => (unknown ? expectations(p)?.posting : expectations(p)))) {
    const url = unknown ? `https://careers.unknown-site.example/job/${encodeURIComponent(page.file)}` : page.url.replace(/<[^>]*>/g, 'x');
    const file = `${PAGES}${page.board}/${page.file}`;
    const analysis = stripped ? bare(file, url) : analyzeFile(file, url);
    if (analysis === null) continue;
    read++;
    const scored = unknown ? { ...page, kind: 'posting' } : page;
    const missed = typeof analysis === 'string' ? [`cannot read (${analysis})`] : misses(scored, analysis);
    if (missed.length === 0) right++;
    else wrong.push(`${page.board}/${page.file}: ${missed.join('; ')}`);
  }
  if (process.argv.includes('--misses')) for (const line of wrong) console.log(line);
  const what = stripped ? 'saved postings with schema.org data read right without it' : unknown ? 'saved postings read right' : 'saved pages read right';
  console.log(`eval:pages: ${right} of ${read} ${what}${unknown ? ' at a site no adapter knows' : ''} (${((right / read) * 100).toFixed(1)}%)`);
}

main();

import type { AdapterFailure, Posting, PostingSection, Source } from '../types';
import type { Language } from '../language';
import type { AdapterPosting, SiteAdapter } from '../adapter';
import type { ExtractResult } from './types';
import { jsonLdPosting, matchesOnScreen, type OnScreen, type StructuredPosting } from './jsonld';
import { microdataPosting } from './microdata';
import { readContainer, readWholePage } from './readability';
import { namesTheJob, toSections } from './sections';
import { detectLanguage } from './language';
import { pageHead, paneHead, titleCompany } from './head';
import { readByHeadings } from './anchored';
import { listWithNoJobOpen, locate } from './job-heading';
import { HIDDEN } from './text';
import { dropHiddenRuns, hiddenClasses } from './hidden-style';
import { markedDescription } from './marked';

export { detectLanguage } from './language';
export { toSections } from './sections';
export type { ExtractResult } from './types';
export type { StructuredPosting } from './jsonld';

const UNREADABLE = "couldn't read this posting";
const MIN_TEXT = 40;
const LIST_ONLY = 'no job posting found: the page lists jobs and opens none';
/** Why a main text that names no duties or asks is no posting (here on a page of cards; engine/analyze.ts when unheaded). */
export const NO_DUTIES_IN_TEXT = 'no job posting found: no duties or requirements in the main text';

function sectionText(sections: PostingSection[]): string {
  return sections.flatMap((s) => s.lines).join('\n');
}

/** The posting's words: its headings and lines. */
const wordsOf = (sections: PostingSection[]): string => sections.flatMap((s) => (s.heading ? [s.heading, ...s.lines] : s.lines)).join('\n');

function htmlLang(doc: Document): string | null {
  return doc.documentElement?.getAttribute('lang') ?? null;
}

function posting(doc: Document, head: Omit<Posting, 'sections' | 'language'>, sections: PostingSection[], lang: Language | null): Posting {
  return { ...head, sections, language: lang ?? detectLanguage(sectionText(sections), htmlLang(doc)) };
}

function structured(doc: Document, hint: OnScreen | null): { found: StructuredPosting; source: Source } | null {
  const ld = jsonLdPosting(doc, hint);
  if (ld) return { found: ld, source: 'json-ld' };
  const md = microdataPosting(doc);
  return md && matchesOnScreen(md, hint, 1) ? { found: md, source: 'microdata' } : null;
}

export const errorMessage = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

function parsedUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The adapter's reading of the job on screen, or how it failed. */
function tryAdapter(adapter: SiteAdapter | null, doc: Document, url: URL | null): { shown: AdapterPosting | null; failure: AdapterFailure | null } {
  if (!adapter || !url) return { shown: null, failure: null };
  try {
    return { shown: adapter.extractPosting(doc, url), failure: null };
  } catch (e) {
    return { shown: null, failure: { adapter: adapter.id, step: 'posting', message: errorMessage(e) } };
  }
}

/**
 * A posting too short to read duties from (a one-line brief, a description cut to a stub) that the page declares
 * with its title — in schema.org data or by its board's adapter — is shown with what it says (no duties, perhaps),
 * rather than refused, once no reader finds more; a description with no text at all is still refused.
 */
const brief = (title: string | null | undefined, sections: PostingSection[]): boolean => Boolean(title?.trim()) && sectionText(sections).trim().length > 0;

/** A posting read from structured data (schema.org, or a script's data), with what the adapter saw on screen. */
function fromStructured(doc: Document, sd: { found: StructuredPosting; source: Source }, sections: PostingSection[], shown: AdapterPosting | null): ExtractResult {
  const title = sd.found.title ?? shown?.title ?? '';
  const head = { title, company: sd.found.company ?? shown?.company ?? titleCompany(doc, title), location: shown?.location ?? sd.found.location };
  return { ok: true, posting: posting(doc, head, sections, shown?.language ?? null), source: sd.source, root: sd.found.description, jobId: shown?.jobId ?? null };
}

/** Where else a caller lets the cascade look: the job in a shell page's script data (engine/extract/page-data.ts). */
export interface LastReaders {
  pageData?: (doc: Document) => StructuredPosting | null;
}

/** A card's element and title: a list's selected job is shown in a pane titled by its card's title. */
export type TitledCard = { element: Element; title: string };
interface Titled {
  titledCards?: readonly TitledCard[];
}

/** `adapter` is null when there is none, or when it failed: the page is then read as an unknown site's. */
function cascade(doc: Document, adapter: SiteAdapter | null, shown: AdapterPosting | null, host: string, cards: readonly Element[], last: LastReaders & Titled): ExtractResult {
  const hint = shown ? { jobId: shown.jobId, title: shown.title || null } : null;
  const sd = structured(doc, hint);
  const sections = sd ? toSections(sd.found.description) : [];
  if (sd && sectionText(sections).length >= MIN_TEXT) return fromStructured(doc, sd, sections, shown);
  const rest = afterStructured(doc, adapter, shown, host, cards, last.titledCards ?? []);
  // (A main text under no duty or requirement heading is a posting only if nothing else reads one.)
  if (rest.ok && rest.source !== 'unheaded') return rest;
  if (sd && brief(sd.found.title ?? shown?.title, sections)) return fromStructured(doc, sd, sections, shown);
  // A shell whose markup shows no job yet, on a site no adapter reads: the job in its script's data.
  const data = adapter ? null : (last.pageData?.(doc) ?? null);
  const dataSections = data ? toSections(data.description) : [];
  return data && brief(data.title, dataSections) ? fromStructured(doc, { found: data, source: 'page-data' }, dataSections, null) : rest;
}

/** The cascade after a page's schema.org data, when it has none or too short a description. */
function afterStructured(doc: Document, adapter: SiteAdapter | null, shown: AdapterPosting | null, host: string, cards: readonly Element[], titled: readonly TitledCard[]): ExtractResult {
  // The page's duty-heading block, read once (the cascade may ask again after a short or prose main text; the read walks
  // the whole page). On a board its adapter knows, cards and no posting found mean a list (an expanded row or snippets
  // are no job on screen).
  let byHeadingsRead: ExtractResult | null | undefined;
  const headed = (): ExtractResult | null => {
    if (byHeadingsRead === undefined) byHeadingsRead = adapter && cards.length > 0 ? null : byHeadings(doc, host, cards);
    return byHeadingsRead;
  };

  if (shown && adapter) {
    const head = { title: shown.title, company: shown.company, location: shown.location };
    if (!shown.description) return { ok: false, kind: 'posting', reason: `${UNREADABLE}: its description is not on the page (yet)` };
    const sections = toSections(shown.description);
    const long = sectionText(sections).length >= MIN_TEXT;
    const read = long ? null : readContainer(doc, shown.description);
    const readSections = read?.ok ? toSections(read.root) : [];
    if (read?.ok && sectionText(readSections).length >= MIN_TEXT) {
      return { ok: true, posting: posting(doc, head, readSections, shown.language), source: 'readability', root: read.root, jobId: shown.jobId };
    }
    if (long || brief(shown.title, sections)) {
      return { ok: true, posting: posting(doc, head, sections, shown.language), source: `site:${adapter.id}`, root: shown.description, jobId: shown.jobId };
    }
    return { ok: false, kind: 'posting', reason: `${UNREADABLE}: its description is empty` };
  }

  // A job page in a layout its adapter doesn't know (an older or newer one) is read by its headings.
  if (adapter && !adapter.readsWholePage) return headed() ?? { ok: false, kind: 'none', reason: 'no job posting is shown on this page' };

  const whole = readWholePage(doc);
  // A short main text that heads its duties is read only when the page's headings and marked description give nothing,
  // or a small part of it (a "Requisitos: …" paragraph).
  const short = whole.ok ? undefined : whole.short;
  const other = short ? (headed() ?? byMarkedDescription(doc, host, cards, titled)) : null;
  const part = (r: ExtractResult, of: Element): boolean => r.ok && 2 * (r.root?.textContent ?? '').length < (of.textContent ?? '').length;
  if (other && !(short && part(other, short.root))) return other;
  const read = short ? { ok: true as const, ...short } : whole;
  if (!read.ok) return headed() ?? (read.jobLike ? byMarkedDescription(doc, host, cards, titled) : null) ?? { ok: false, kind: 'none', reason: `no job posting found: ${read.reason}` };
  const sections = toSections(read.root);
  // Listings read as articles too; a posting names its duties or requirements. Readability scores paragraphs, not list
  // items: a page whose duties are lists under their own headings can leave them out of the prose it picks.
  // A main text that names neither, on a page with no job cards, is read as 'unheaded': a posting only if its lines list duties
  // (engine/analyze.ts decides, where the line roles are read: a page written as a list of its work, "Prepare…", "Fill…").
  const named = namesTheJob(sections);
  const unheaded = !named && !read.prose;
  if (!named) {
    const byHeading = headed() ?? (read.prose ? null : byMarkedDescription(doc, host, cards, titled));
    if (byHeading) return byHeading;
    if (unheaded && cards.length) return { ok: false, kind: 'none', reason: NO_DUTIES_IN_TEXT };
  }
  const where = (): Element | null => locate(doc, read.root);
  // Readability keeps the block with the most prose: asks in a block of their own beside it (104's 條件要求) are read
  // with the page's headings, when their block holds every line Readability kept.
  const asks = (r: PostingSection[]): boolean => r.some((s) => s.kind === 'requirements');
  const wider = asks(sections) ? null : headed();
  const all = wider?.ok && asks(wider.posting.sections) ? sectionText(wider.posting.sections) : '';
  if (all && sections.every((s) => s.lines.every((l) => all.includes(l)))) return wider!;
  if (listWithNoJobOpen(doc, where, cards)) return headed() ?? { ok: false, kind: 'none', reason: LIST_ONLY };
  const head = { ...pageHead(doc, read.title, host, { description: where, text: wordsOf(sections), cards }), location: null };
  return { ok: true, posting: posting(doc, head, sections, null), source: unheaded ? 'unheaded' : 'readability', root: read.root, jobId: null };
}


/**
 * The posting under the page's duty and requirement headings (engine/extract/anchored.ts), when they hold one. A list
 * of jobs holds duty headings of many postings (in its cards' snippets): a block inside a card, or holding one, is
 * none of them the job on screen; a job page's "similar jobs" beside it leave it be.
 */
function byHeadings(doc: Document, host: string, cards: readonly Element[]): ExtractResult | null {
  const found = readByHeadings(doc);
  // Cards hidden under the job's title (a "recommended jobs" drawer, closed) are none of it, nor is their text.
  if (!found || cards.some((card) => (card.contains(found) || found.contains(card)) && !card.closest(HIDDEN))) return null;
  const root = found.cloneNode(true) as Element;
  for (const hidden of Array.from(root.querySelectorAll(HIDDEN))) hidden.remove();
  dropHiddenRuns(root, hiddenClasses(doc));
  const sections = toSections(root);
  if (sectionText(sections).length < MIN_TEXT || !namesTheJob(sections) || listWithNoJobOpen(doc, () => found, cards)) return null;
  const head = { ...pageHead(doc, null, host, { description: () => found, text: wordsOf(sections), cards }), location: null };
  return { ok: true, posting: posting(doc, head, sections, null), source: 'headings', root, jobId: null };
}

/**
 * A short posting under the heading the page is titled by, in the block it marks as the description
 * (engine/extract/marked.ts); on a list of jobs, only under a heading outside the cards that is one's title (`titled`).
 */
function byMarkedDescription(doc: Document, host: string, cards: readonly Element[], titled: readonly TitledCard[]): ExtractResult | null {
  const found = cards.length === 0 ? markedDescription(doc) : titled.length > 0 ? markedDescription(doc, titled) : null;
  const read = found && readContainer(doc, found.root);
  if (!found || !read?.ok) return null;
  const sections = toSections(read.root);
  if (sectionText(sections).length < MIN_TEXT) return null;
  const shown = cards.length > 0 ? paneHead(found.heading, found.title) : pageHead(doc, found.title, host, { description: () => found.root, text: wordsOf(sections), cards });
  return { ok: true, posting: posting(doc, { ...shown, location: null }, sections, null), source: 'readability', root: read.root, jobId: null };
}

/** The cascade after the adapter; a fault of Readability or the structured-data readers on a hostile page is its reason. */
function readersAfter(doc: Document, adapter: SiteAdapter | null, shown: AdapterPosting | null, host: string, cards: readonly Element[], last: LastReaders & Titled): ExtractResult {
  try {
    return cascade(doc, adapter, shown, host, cards, last);
  } catch (e) {
    return { ok: false, kind: 'none', reason: `${UNREADABLE}: ${errorMessage(e)}` };
  }
}

/**
 * The job posting on screen, by the cascade: JSON-LD / microdata matched to the job on screen →
 * the site adapter's fields and description → Readability on the description (or on the whole
 * page when no adapter knows the site, or when its adapter threw — which the result reports) → the block under
 * the page's duty and requirement headings (engine/extract/anchored.ts) outside the page's job cards (`cards`) → what
 * the caller lets it read last (`LastReaders`: a saved shell's script data, for the CLI; the extension reads the page as
 * its scripts drew it, and again when they change it).
 */
export function extractPosting(doc: Document, url: string, adapter: SiteAdapter | null, { cards = [], ...last }: { cards?: readonly Element[] } & LastReaders & Titled = {}): ExtractResult {
  const parsed = parsedUrl(url);
  const { shown, failure } = tryAdapter(adapter, doc, parsed);
  const result = readersAfter(doc, failure ? null : adapter, shown, parsed?.hostname ?? '', cards, last);
  if (!failure) return result;
  return result.ok ? { ...result, adapterError: failure } : { ok: false, kind: 'none', reason: `the ${failure.adapter} reader failed: ${failure.message}`, adapterError: failure };
}

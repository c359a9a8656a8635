// The heading of the job on screen, on a page no adapter knows: the page's h1 unless it is no job's title (a listing's
// "4,030 Data scientist jobs in India", a cookie banner's, the site's logo), else the heading of the pane that holds
// the description (a two-pane search with a job open beside the list).
import { headingKind } from './headings';
import { hiddenByStyle, hiddenClasses } from './hidden-style';
import { cleanText, seenText } from './text';

// A recruiter's title may run long: "Lao Động Phổ Thông … (TP. Hồ Chí Minh, Bình Dương, Đồng Nai) làm việc tại Hồ Chí Minh".
const MAX_TITLE = 200;
/** A listing's heading: it counts jobs ("5,025,000+ Jobs in United States") or names a place's jobs ("jobs in Georgetown, GA"). */
const LISTING_HEADING =
  /^[\d.,\s]+\+?\s.*\b(?:jobs?|results?|vacanc(?:y|ies)|positions|openings|offers|empleos|ofertas|emplois|offres|stellen\w*|lavori|offerte)\b|\b(?:jobs?|vacancies|empleos|emplois|offres d['’]emploi|stellenangebote|offerte di lavoro)\s+(?:in|near|en|à|a|im|in der)\s/i;
/** A dialog or banner over the page (cookie consent, sign-in): its heading is no posting's. */
const OVERLAY = '[role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const OVERLAY_WORDS = /cookie|consent|gdpr|privacy|global-alert|popup|modal|dialog/i;
const OVERLAY_LEVELS = 6;
const HEADINGS = 'h1, h2, h3';
/** A pane's label for its parts, no job's title. */
const PANE_LABEL = /\b(?:details?|description|status|insights?|notifications?)\b|描述|详情/i;
/** A pane's job title that is no h1–h3: an element its role, class or test id names as one ("<span class="job-name">"). */
const TITLE_MARK = ['[role="heading"]', ...['job-name', 'job-title', 'jobtitle', 'jobTitle', 'JobTitle', 'job_title', 'position-title', 'posting-title'].flatMap((w) => [`[class*="${w}"]`, `[data-testid*="${w}"]`])].join(',');
/** A pane's heading is this many levels above the description at most. */
const MAX_PANE_CLIMB = 12;

/** A heading's text as shown (hidden screen-reader text left out). */
export const headingText = (h: Element): string => seenText(h);

/**
 * The chosen heading's text as shown, also without the parts the page's style sheets hide ("PHP Developer<span
 * class="css-8u2krs"> - job post</span>", the class clipped in a <style>: engine/extract/hidden-style.ts).
 */
export function shownTitle(h: Element, text: string): string {
  const parts = Array.from(h.querySelectorAll('[class]'));
  if (parts.length === 0) return text;
  const byStyle = hiddenClasses(h.ownerDocument);
  const hidden = parts.filter((el) => hiddenByStyle(el, byStyle));
  if (hidden.length === 0) return text;
  const copy = h.cloneNode(true) as Element;
  const copies = Array.from(copy.querySelectorAll('[class]'));
  for (const el of hidden) copies[parts.indexOf(el)]?.remove();
  return headingText(copy) || text;
}

export const isListingHeading = (text: string): boolean => LISTING_HEADING.test(text);

/** In a dialog, or in a block its class or id calls a cookie, consent or privacy banner. */
function inOverlay(h: Element): boolean {
  if (h.closest(OVERLAY)) return true;
  let el: Element | null = h.parentElement;
  for (let up = 0; el && up < OVERLAY_LEVELS; up++, el = el.parentElement) {
    if (OVERLAY_WORDS.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  }
  return false;
}

/** The site's name as a heading: its logo links to the site's home, or the page's title ends with it after the job. */
function isSiteName(h: Element, text: string, doc: Document): boolean {
  const home = h.closest('a')?.getAttribute('href');
  if (home !== undefined && home !== null && /^(?:\/|https?:\/\/[^/]+\/?)$/.test(home.trim())) return true;
  const parts = cleanText(doc.title).split(/\s*[-_|–—·]\s*/).filter(Boolean);
  return parts.length >= 2 && parts[parts.length - 1] === text;
}

/** A heading that may be the job's title: short, no listing's, banner's or site's. */
function mayBeTitle(h: Element, doc: Document): string | null {
  const text = headingText(h);
  if (!text || text.length > MAX_TITLE || isListingHeading(text)) return null;
  return inOverlay(h) || isSiteName(h, text, doc) ? null : text;
}

/**
 * A list of jobs with none open: the page's first h1 is a listing's ("13,069 Sponsorship jobs in UK") and the block
 * read as its description has no job heading of its own in a pane beside the list.
 */
export function listWithNoJobOpen(doc: Document, description: () => Element | null, cards: readonly Element[]): boolean {
  const h1 = doc.querySelector('h1');
  if (!h1 || !isListingHeading(headingText(h1))) return false;
  const desc = description();
  return !desc || paneHeading(doc, desc, cards) === null;
}

/** The page's first h1 that may be the job's title, or null (no h1 at all: undefined). */
export function pageHeading(doc: Document): { el: Element; text: string } | null | undefined {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  if (h1s.length === 0) return undefined;
  for (const h of h1s) {
    // A list's heading: a later h1 is the open job's, or its description's own, and the pane tells which.
    if (isListingHeading(headingText(h))) return null;
    const text = mayBeTitle(h, doc);
    if (text) return { el: h, text: shownTitle(h, text) };
  }
  return null;
}

/** A separator of a page title's parts, after the job's title or before it. */
const LEADS_ON = /^\s+[-_|–—·]\s/;
const FOLLOWS = /\s[-_|–—·]\s+$/;

/** The page's chrome: a heading there titles no job. */
const CHROME = 'nav, header, footer, aside, a, button';

/**
 * A page with no h1: its first h2 or h3 outside the chrome that is one of the parts of the page's title, the job's
 * ("Medical Cash Poster - Park Ridge, IL 60068 - Indeed.com", "Welocalize - Software Engineer").
 */
export function titlingHeading(doc: Document): { el: Element; text: string } | null {
  const page = cleanText(doc.title).toLowerCase();
  // The heading then a separator, or a separator then the heading: a part of the title (a part may hold " - " itself).
  const titles = (text: string): boolean => {
    const t = text.toLowerCase();
    if (!t || t.length >= page.length) return false;
    return (page.startsWith(t) && LEADS_ON.test(page.slice(t.length))) || (page.endsWith(t) && FOLLOWS.test(page.slice(0, -t.length)));
  };
  for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
    const text = headingText(h);
    if (!titles(text) || h.closest(CHROME) || inOverlay(h) || isListingHeading(text) || text.length > MAX_TITLE) continue;
    return { el: h, text: shownTitle(h, text) };
  }
  return null;
}

/**
 * The pane holding `description` beside a list of jobs: its widest ancestor that holds neither a listing's heading nor
 * one of the list's `cards`; null when no list bounds it (a page of one posting has no pane to look in).
 */
function paneOf(doc: Document, description: Element, cards: readonly Element[]): Element | null {
  const bounds = [...Array.from(doc.querySelectorAll(HEADINGS)).filter((h) => isListingHeading(headingText(h))), ...cards];
  if (bounds.length === 0) return null;
  let pane: Element = description;
  for (let up = 0, el = description.parentElement; el && up < MAX_PANE_CLIMB; up++, el = el.parentElement) {
    if (bounds.some((b) => el!.contains(b))) return pane === description ? null : pane;
    pane = el;
  }
  return null;
}

/** `h` comes before `description` in the page (both inside `pane`). */
function before(h: Element, description: Element, pane: Element): boolean {
  let common: Element | null = h.parentElement;
  while (common && common !== pane && !common.contains(description)) common = common.parentElement;
  if (!common) return false;
  const branchOf = (el: Element): Element => {
    while (el.parentElement && el.parentElement !== common) el = el.parentElement;
    return el;
  };
  const branch = branchOf(description);
  for (let next = branchOf(h).nextElementSibling; next; next = next.nextElementSibling) if (next === branch) return true;
  return false;
}

/**
 * The heading of the job open beside a list of jobs: in the pane holding its `description` (paneOf), the first heading
 * before the description that may be a job's title and names no part of it ("Job details", "About the job").
 */
export function paneHeading(doc: Document, description: Element, cards: readonly Element[] = []): { el: Element; text: string } | null {
  const pane = paneOf(doc, description, cards);
  if (!pane) return null;
  return headingIn(doc, pane, description, HEADINGS) ?? headingIn(doc, pane, description, TITLE_MARK);
}

/** The first element of `selector` in `pane` that may be the title of the job described; a marked box holding a marked title is not. */
function headingIn(doc: Document, pane: Element, description: Element, selector: string): { el: Element; text: string } | null {
  for (const h of Array.from(pane.querySelectorAll(selector))) {
    if (selector === TITLE_MARK && h.querySelector(TITLE_MARK)) continue;
    // A pane's section headings ("About the job", "Job details") name no job, as a page's h1 may ("Night Shift Lead").
    const text = headingText(h);
    if (description.contains(h) || PANE_LABEL.test(text) || headingKind(text) !== null || !before(h, description, pane)) continue;
    if (mayBeTitle(h, doc)) return { el: h, text: shownTitle(h, text) };
  }
  return null;
}

const MIN_SNIPPET = 25;
const SNIPPET = 60;
const NOT_SHOWN = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** The block located holds this share of the copy's text at least. */
const HOLDS = 0.7;

/** The longest text of a copy read out of a page (a line of its description, not of a header the copy took in). */
function longestText(root: Element): string | null {
  let best = '';
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      const t = (n.textContent ?? '').trim();
      if (t.length > best.length) best = t;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return best.length >= MIN_SNIPPET ? best.slice(0, SNIPPET) : null;
}

/**
 * Where in `doc` a copy read out of it (Readability's) came from: the block around the shown element whose own text
 * holds the copy's longest line, widened until it holds most of the copy's text.
 */
export function locate(doc: Document, root: Element): Element | null {
  const snippet = longestText(root);
  if (!snippet) return null;
  let holder: Element | null = null;
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    if (NOT_SHOWN.has(el.tagName)) continue;
    for (let n = el.firstChild; n && !holder; n = n.nextSibling) if (n.nodeType === 3 && (n.textContent ?? '').includes(snippet)) holder = el;
    if (holder) break;
  }
  const wanted = cleanText(root.textContent).length * HOLDS;
  let block = holder;
  for (let up = 0; block?.parentElement && up < MAX_PANE_CLIMB && cleanText(block.textContent).length < wanted; up++) block = block.parentElement;
  return block;
}

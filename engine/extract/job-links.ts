// What one link of a page says as a job card's: where it leads (a job's page or not), its title as the eye reads it,
// whether its markup names a job, and the markup around it that links alike in one list share.
import { cleanText, seenText, without } from './text';

/**
 * A link to one job's page: the path or host names a job ("/jobdetail/", "JobDetail.aspx", "/viewjob"), a vacancy, an
 * offer (in the languages boards use: "/emprego/", "/kyujin/", "/viec-lam/").
 */
const JOB_WORD =
  /(?:^|[^a-z])(?:(?:view|detail)?jobs?(?:detail|info)?|careers?|vacanc(?:y|ies)|vacatures?|positions?|openings?|postings?|requisitions?|stellen\w*|stelle|emplois?|empleos?|ofertas?|offerta|offres?|lavoro|vagas?|empregos?|kyujin|viec-?lam|zhaopin|zhiwei)(?:[^a-z]|$)/i;
/** A word of the markup of a job card or link (job-card, data-job-id, jobTitle, posting-title) when its URL names none. */
const JOB_MARK = /^(?:jobs?|jobid|vacanc(?:y|ies)|postings?)$/;
/** A path to an employer's page. */
const COMPANY_PAGE = /\/(?:company|companies|employers?|employer-profile|organi[sz]ations?)(?:\/|$)/i;
const TRACKING = /^(?:trk\w*|utm_\w+|ref\w*|from|source|src|origin|tracking\w*|cmp\w*)$/i;
/** The site's menus: their links lead to sections, not jobs. A card's own <header> is no menu. */
const MENUS = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"]';
const PAGE_EDGES = 'header, footer';
/** Links in a box the page keeps hidden (a closed city picker) are no cards on screen. */
export const UNSEEN = '[hidden], [style*="display:none"], [style*="display: none"]';
const PARTS = 'article, section, li, tr';
const LETTER = /\p{L}/u;
/** Words beside the title in a card (a count "(25)" beside a place is not). */
export const MORE = /\p{L}{2}/u;
const HEADING = /^H[1-6]$/;
/** A class naming a title ("job-card_title__x", "jobTitle"), not a subtitle. */
const TITLE_CLASS = /title/i;
const SUBTITLE_CLASS = /subtitle/i;

export function inMenu(link: Element): boolean {
  const edge = link.closest(PAGE_EDGES);
  return link.closest(MENUS) !== null || (edge !== null && edge.parentElement?.closest(PARTS) == null);
}

/** A heading or an element its class calls a title; one its class calls a subtitle (a card's company line) is neither. */
export function isTitle(el: Element): boolean {
  const classes = [...el.classList];
  if (classes.some((c) => SUBTITLE_CLASS.test(c))) return false;
  return HEADING.test(el.tagName) || classes.some((c) => TITLE_CLASS.test(c));
}

/** The title inside a link that covers a whole card (title, place, "Apply"): its heading, else its "title" element. */
function headingIn(link: Element): Element | null {
  const inside = Array.from(link.querySelectorAll('*'));
  return inside.find((el) => HEADING.test(el.tagName)) ?? inside.find(isTitle) ?? null;
}

/** The link is a title, or holds one, or sits in one (within a few levels). */
export function titled(link: Element): boolean {
  let el: Element | null = link;
  for (let up = 0; el && up < 3; up++, el = el.parentElement) if (isTitle(el)) return true;
  return headingIn(link) !== null;
}

const CUT = /\s*(?:\.{3}|…)$/;

/** A title cut short on screen ("互联网大数据研发工程师/高级...") whole, from the link's title attribute. */
function untruncated(link: Element, text: string): string {
  const whole = cleanText(link.getAttribute('title'));
  return CUT.test(text) && whole.startsWith(text.replace(CUT, '')) ? whole : text;
}

const BLOCKS = new Set(['P', 'DIV']);
/** A marker inside a title line ("New", "Hot", "Remote"), no part of the title. */
const BADGE = '[class*="tag"], [class*="badge"], [class*="pill"], [class*="chip"]';

/** The first of the lines of a link that covers a whole card ("<p>Title</p><p>Place</p>"), when it has two or more. */
function firstLine(link: Element): Element | null {
  const lines = Array.from(link.children).filter((el) => BLOCKS.has(el.tagName) && cleanText(el.textContent) !== '');
  return lines.length >= 2 ? lines[0]! : null;
}

/** A title line's text without the badges beside the title in it. */
const lineText = (line: Element): string => seenText(without(line, BADGE));

/** The element that holds a link's title: its heading or "title" element, else its first line, else the link. */
export const titleElementOf = (link: Element): Element => headingIn(link) ?? firstLine(link) ?? link;

/** A link's text as a job title: short, a few words, holding a letter. */
export function titleText(link: Element): string {
  const text = untruncated(link, lineText(titleElementOf(link)) || seenText(link));
  return text.length >= 2 && text.length <= 200 && text.split(' ').length <= 30 && LETTER.test(text) ? text : '';
}

/** "data-job-id", "SerpJobCard" → its words, in lower case. */
const wordsOf = (name: string): string[] => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);

/** The element's markup names a job (in an attribute's name, a class or an id). */
export function namesJob(el: Element): boolean {
  for (const { name, value } of Array.from(el.attributes)) {
    const words = name === 'class' || name === 'id' ? wordsOf(value) : name.startsWith('data-') ? wordsOf(name) : [];
    if (words.some((w) => JOB_MARK.test(w))) return true;
  }
  return false;
}

/** The link's markup, or that of the elements around it, names a job. */
function markedJob(link: Element): boolean {
  let el: Element | null = link;
  for (let up = 0; el && up < 4; up++, el = el.parentElement) if (namesJob(el)) return true;
  return false;
}

/**
 * Where a link leads, as a card id (its URL without the fragment), and whether it leads to a job (its words say so, or
 * its path is a job's on the board: `jobPath`); null for no page, or an employer's.
 */
export function target(link: Element, base: URL, jobPath?: RegExp): { key: string; job: boolean } | null {
  const href = link.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(?:javascript|mailto|tel):/i.test(href)) return null;
  let to: URL;
  try {
    to = new URL(href, base);
  } catch {
    return null;
  }
  to.hash = '';
  if (to.href === base.href.replace(/#.*/, '')) return null;
  const key = to.host === base.host ? to.pathname + to.search : to.href;
  // A job board's own host (jobs.example.com) says nothing of which of its links lead to jobs, nor does a link's
  // tracking ("?trk=public_jobs_…" on a company's link).
  for (const name of [...to.searchParams.keys()]) if (TRACKING.test(name)) to.searchParams.delete(name);
  const named = (to.host === base.host ? '' : to.host) + to.pathname + to.search;
  // A link to a company's page in a job's card ("/company/8243350/") is none of the list's.
  if (COMPANY_PAGE.test(to.pathname) && !JOB_WORD.test(to.pathname)) return null;
  return { key, job: JOB_WORD.test(named) || markedJob(link) || (to.host === base.host && jobPath?.test(to.pathname) === true) };
}

/** Elements inside a link that are no part of its markup: styles, scripts, highlighted words, a badge link nested in it. */
const PHRASING = new Set(['STYLE', 'SCRIPT', 'B', 'STRONG', 'EM', 'I', 'MARK', 'FONT', 'U', 'SMALL', 'BR', 'A']);

/**
 * The markup around a link, up to the body: links alike in it sit in the same list (ids and positions aside,
 * but a table cell's column: a row's title and company links differ only by it).
 */
export function signature(link: Element, classes = true): string {
  // A card's inline <style> (emotion CSS, in some cards of a list and not others) is no part of its markup, nor are
  // the words a search result sets in bold in some titles and not others ("Backend <b>Software</b> Engineer").
  const inner = Array.from(link.children).find((el) => !PHRASING.has(el.tagName));
  const parts = [`${link.tagName}>${inner?.tagName ?? ''}`];
  for (let el = link.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const column = el.tagName === 'TD' || el.tagName === 'TH' ? `:${Array.from(el.parentElement?.children ?? []).indexOf(el)}` : '';
    parts.push(`${el.tagName}${column}${classes ? `.${[...el.classList].sort().join('.')}` : ''}`);
  }
  return parts.join('<');
}

/** A link's folder ("/jobs/view/" of "/jobs/view/data-analyst-41858"): the links of one list's jobs share it. */
export const folderOf = (key: string, base: URL): string => new URL(key, base).pathname.replace(/[^/]*$/, '');

/** A link of a page that leads somewhere and reads as a title. */
export interface Member {
  link: Element;
  /** The link's place among the page's links: cards are given in page order. */
  at: number;
  key: string;
  job: boolean;
  title: string;
}

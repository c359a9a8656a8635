// The job cards of a listing no adapter knows: repeated elements, alike in markup, each holding one link to a job
// page whose text reads as a job title, with more of the job (company, place, date) beside it. A list of links
// alone (menus, place or search links, pagination) is no listing, nor are links to pages that aren't jobs.
import type { AdapterCard } from '../adapter';
import { cleanText, seenText, without } from './text';

/** A link to one job's page: the path or host names a job, a vacancy, an offer (in the languages boards use). */
const JOB_WORD =
  /(?:^|[^a-z])(?:jobs?|careers?|vacanc(?:y|ies)|vacatures?|positions?|openings?|postings?|requisitions?|stellen\w*|stelle|emplois?|empleos?|ofertas?|offerta|offres?|lavoro|vagas?|zhaopin|zhiwei)(?:[^a-z]|$)/i;
/** A word of the markup of a job card or link (job-card, data-job-id, jobTitle, posting-title) when its URL names none. */
const JOB_MARK = /^(?:jobs?|jobid|vacanc(?:y|ies)|postings?)$/;
/** A path to an employer's page. */
const COMPANY_PAGE = /\/(?:company|companies|employers?|employer-profile|organi[sz]ations?)(?:\/|$)/i;
const TRACKING = /^(?:trk\w*|utm_\w+|ref\w*|from|source|src|origin|tracking\w*|cmp\w*)$/i;
/** Fewer jobs than this in a group is no listing (a posting's "back to jobs", a footer's careers link). */
const MIN_CARDS = 3;
/** The share of a group's links that must lead to jobs. */
const JOB_SHARE = 0.8;
/** The site's menus: their links lead to sections, not jobs. A card's own <header> is no menu. */
const MENUS = 'nav, [role="navigation"], [role="banner"], [role="contentinfo"]';
const PAGE_EDGES = 'header, footer';
/** Links in a box the page keeps hidden (a closed city picker) are no cards on screen. */
const UNSEEN = '[hidden], [style*="display:none"], [style*="display: none"]';
const PARTS = 'article, section, li, tr';
const LETTER = /\p{L}/u;
/** Words beside the title in a card (a count "(25)" beside a place is not). */
const MORE = /\p{L}{2}/u;
const HEADING = /^H[1-6]$/;
/** A class naming a title ("job-card_title__x", "jobTitle"), not a subtitle. */
const TITLE_CLASS = /title/i;
const SUBTITLE_CLASS = /subtitle/i;

function inMenu(link: Element): boolean {
  const edge = link.closest(PAGE_EDGES);
  return link.closest(MENUS) !== null || (edge !== null && edge.parentElement?.closest(PARTS) == null);
}

/** A heading or an element its class calls a title; one its class calls a subtitle (a card's company line) is neither. */
function isTitle(el: Element): boolean {
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
function titled(link: Element): boolean {
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
const titleElementOf = (link: Element): Element => headingIn(link) ?? firstLine(link) ?? link;

/** A link's text as a job title: short, a few words, holding a letter. */
function titleText(link: Element): string {
  const text = untruncated(link, lineText(titleElementOf(link)) || seenText(link));
  return text.length >= 2 && text.length <= 200 && text.split(' ').length <= 30 && LETTER.test(text) ? text : '';
}

/** "data-job-id", "SerpJobCard" → its words, in lower case. */
const wordsOf = (name: string): string[] => name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);

/** The link's markup, or that of the elements around it, names a job (in an attribute's name, a class or an id). */
function markedJob(link: Element): boolean {
  let el: Element | null = link;
  for (let up = 0; el && up < 4; up++, el = el.parentElement) {
    for (const { name, value } of Array.from(el.attributes)) {
      const words = name === 'class' || name === 'id' ? wordsOf(value) : name.startsWith('data-') ? wordsOf(name) : [];
      if (words.some((w) => JOB_MARK.test(w))) return true;
    }
  }
  return false;
}

/**
 * Where a link leads, as a card id (its URL without the fragment), and whether it leads to a job (its words say so, or
 * its path is a job's on the board: `jobPath`); null for no page, or an employer's.
 */
function target(link: Element, base: URL, jobPath?: RegExp): { key: string; job: boolean } | null {
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

/**
 * The markup around a link, up to the body: links alike in it sit in the same list (ids and positions aside,
 * but a table cell's column: a row's title and company links differ only by it).
 */
function signature(link: Element, classes = true): string {
  // A card's inline <style> (emotion CSS, in some cards of a list and not others) is no part of its markup.
  const inner = Array.from(link.children).find((el) => el.tagName !== 'STYLE' && el.tagName !== 'SCRIPT');
  const parts = [`${link.tagName}>${inner?.tagName ?? ''}`];
  for (let el = link.parentElement; el && el.tagName !== 'BODY'; el = el.parentElement) {
    const column = el.tagName === 'TD' || el.tagName === 'TH' ? `:${Array.from(el.parentElement?.children ?? []).indexOf(el)}` : '';
    parts.push(`${el.tagName}${column}${classes ? `.${[...el.classList].sort().join('.')}` : ''}`);
  }
  return parts.join('<');
}

interface Member {
  link: Element;
  /** The link's place among the page's links: cards are given in page order. */
  at: number;
  key: string;
  job: boolean;
  title: string;
}

/** Each member's card: its largest ancestor holding no other job of the group. */
function cardsOfGroup(members: Member[]): Map<Member, Element> {
  const jobsUnder = new Map<Element, Set<string>>();
  for (const m of members) {
    for (let el: Element | null = m.link; el && el.tagName !== 'BODY'; el = el.parentElement) {
      const keys = jobsUnder.get(el) ?? new Set<string>();
      keys.add(m.key);
      jobsUnder.set(el, keys);
    }
  }
  const cards = new Map<Member, Element>();
  for (const m of members) {
    let card = m.link;
    for (let el = m.link.parentElement; el && (jobsUnder.get(el)?.size ?? 0) === 1; el = el.parentElement) card = el;
    cards.set(m, card);
  }
  return cards;
}

/** The cards of one group, or none when it doesn't read as a list of jobs. */
function groupCards(members: Member[]): (AdapterCard & { at: number })[] {
  // Most of the links lead to jobs: a list of stories with "career" in some slugs is not a listing.
  if (members.filter((m) => m.job).length < members.length * JOB_SHARE) return [];
  if (new Set(members.map((m) => m.key)).size < MIN_CARDS) return [];
  // A word or two on most links ("Apply", "View job", "Mostra tutto") is an action beside the title, not the title.
  const times = new Map<string, number>();
  for (const { title } of members) times.set(title, (times.get(title) ?? 0) + 1);
  const [common, most] = [...times].reduce((a, b) => (b[1] > a[1] ? b : a));
  if (most > members.length / 2 && common.split(' ').length <= 2) return [];
  const cards = cardsOfGroup(members);
  // A card says more than its title (company, place, date): a menu or a list of searches holds the link alone.
  const described = members.filter((m) => MORE.test(cleanText(cards.get(m)!.textContent).replace(m.title, ''))).length;
  if (described < members.length / 2) return [];
  return members.map((m) => ({ id: m.key, title: m.title, company: null, location: null, element: cards.get(m)!, titleElement: titleElementOf(m.link), at: m.at }));
}

/** Groups whose links are titles before others (a card's company or place link), then those leading to more jobs. */
function rank(members: Member[]): number {
  return (members.filter((m) => titled(m.link)).length > members.length / 2 ? 1e6 : 0) + new Set(members.map((m) => m.key)).size;
}

/**
 * The job cards of a page no adapter knows (empty when it shows no list of jobs), in page order. A board whose job
 * links name no job ("/p/<id>", "/o/<slug>") gives their path's shape as `jobPath`.
 */
export function genericCards(doc: Document, url: string, jobPath?: RegExp): AdapterCard[] {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return [];
  }
  const groups = new Map<string, Member[]>();
  for (const [at, link] of Array.from(doc.querySelectorAll('a[href]')).entries()) {
    if (inMenu(link) || link.closest(UNSEEN)) continue;
    const to = target(link, base, jobPath);
    const title = to ? titleText(link) : '';
    if (!to || !title) continue;
    const sig = signature(link);
    groups.set(sig, [...(groups.get(sig) ?? []), { link, at, ...to, title }]);
  }
  // A link inside a card already taken (the card's company or place link) is no card of its own.
  const taken = new Set<Element>();
  const inTaken = (el: Element): boolean => {
    for (let up: Element | null = el; up; up = up.parentElement) if (taken.has(up)) return true;
    return false;
  };
  const found = new Map<string, AdapterCard & { at: number }>();
  // The links that made a card: in the second pass they show which links are like them.
  const made = new Set<Element>();
  const take = (all: Iterable<Member[]>, beside = false): void => {
    for (const members of [...all].sort((a, b) => rank(b) - rank(a))) {
      const linkOf = new Map<string, Element>();
      for (const m of members) if (!linkOf.has(m.key)) linkOf.set(m.key, m.link);
      const cards = groupCards(members.filter((m) => made.has(m.link) || !inTaken(m.link)));
      // Beside cards already found, a new one sits in their list (a selected card), not elsewhere (a featured job).
      const lists = new Set(beside ? cards.filter((c) => found.has(c.id)).map((c) => c.element.parentElement) : []);
      for (const card of cards) {
        if (found.has(card.id) || (lists.size > 0 && !lists.has(card.element.parentElement))) continue;
        found.set(card.id, card);
        taken.add(card.element);
        made.add(linkOf.get(card.id)!);
      }
    }
  };
  take(groups.values());
  // Cards whose classes differ one from the next (an id or a state in them: "job_0bb0c8…", "--active", "sponsored"):
  // the links no group took, grouped by their markup's tags alone with the cards found (when most are titles).
  const loose = new Map<string, Member[]>();
  for (const m of [...groups.values()].flat()) {
    if (inTaken(m.link) && !made.has(m.link)) continue;
    const sig = signature(m.link, false);
    loose.set(sig, [...(loose.get(sig) ?? []), m]);
  }
  take([...loose.values()].filter((members) => members.some((m) => !made.has(m.link)) && members.filter((m) => titled(m.link)).length > members.length / 2), true);
  return [...found.values()].sort((a, b) => a.at - b.at).map(({ at: _, ...card }) => card);
}

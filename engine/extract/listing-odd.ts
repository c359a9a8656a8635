// The cards of a listing that its lists of alike links miss: a card unlike its neighbours in its list, cards alike
// to those found in a list too short to count, an employer's only opening. And what the passes have found so far.
import type { AdapterCard } from '../adapter';
import { folderOf, inMenu, MORE, isTitle, namesJob, signature, target, titled, titleElementOf, titleText, UNSEEN, type Member } from './job-links';
import { cleanText } from './text';
import { pushTo } from '../group';

/** Fewer jobs than this in a list is none (a posting's "back to jobs", a footer's careers link). */
export const MIN_CARDS = 3;
/** A lone card: the elements that call it a job's, and the list item around them, within so many levels of its link. */
const LIST_ITEMS = new Set(['LI', 'TR', 'ARTICLE']);
const LISTS = new Set(['UL', 'OL', 'TBODY', 'TABLE', 'BODY']);
/** A list's class ("jobs-list", "search-results", "job-grid"). */
const LIST_CLASS = /(?:^|[^a-z])(?:list|results|grid|feed)(?:[^a-z]|$)/i;
const LONE_DEPTH = 5;
/** A card is a few lines (title, employer, place, a line of the job): a posting's whole box is none. */
const LONE_TEXT = 600;

export type Card = AdapterCard & { at: number };

/** What the passes over a page have found so far. */
export interface Found {
  cards: Map<string, Card>;
  /** The cards' elements: a link inside one (the card's company or place link) is no card of its own. */
  taken: Set<Element>;
  /** The elements around a card: a link's "card" among them is a section of cards (a category's heading), not one. */
  around: Set<Element>;
  /** The link that made each card, and its card: they show which links are like them. */
  made: Map<Element, Element>;
}

/** A card of a list: where its link leads (its id), its title and the element around it. */
export const cardOf = (key: string, title: string, link: Element, element: Element, at: number): Card => ({
  id: key, title, company: null, location: null, element, titleElement: titleElementOf(link), at,
});

export function inTaken(state: Found, el: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (state.taken.has(up)) return true;
  return false;
}

export function add(state: Found, card: Card, link: Element): void {
  if (state.cards.has(card.id) || state.around.has(card.element)) return;
  state.cards.set(card.id, card);
  state.taken.add(card.element);
  for (let up = card.element.parentElement; up && !state.around.has(up); up = up.parentElement) state.around.add(up);
  state.made.set(link, card.element);
}

/**
 * Cards alike elsewhere on the page, too few there to make a list of their own (two under "13 more jobs that may fit
 * you"): a link whose markup, up to its card and the card's list, is that of a card found.
 */
export function alike(state: Found, members: Member[]): void {
  const shapes = new Map<number, Set<string>>();
  for (const [link, card] of state.made) {
    let depth = 0;
    for (let el: Element | null = link; el && el !== card; el = el.parentElement) depth++;
    const shape = signature(link).split('<').slice(0, depth + 2).join('<');
    shapes.set(depth, (shapes.get(depth) ?? new Set()).add(shape));
  }
  for (const m of members) {
    if (!m.job || state.made.has(m.link) || state.cards.has(m.key) || inTaken(state, m.link)) continue;
    const parts = signature(m.link).split('<');
    for (const [depth, known] of shapes) {
      if (!known.has(parts.slice(0, depth + 2).join('<'))) continue;
      let card = m.link;
      for (let up = 0; up < depth && card.parentElement; up++) card = card.parentElement;
      if (MORE.test(cleanText(card.textContent).replace(m.title, ''))) add(state, cardOf(m.key, m.title, m.link, card, m.at), m.link);
      break;
    }
  }
}

/**
 * The one or two cards of a listing that has no more (an employer's only opening): a link to a job whose title is a
 * heading or a "title" element, in an item its markup calls a job's ("job-listing-job-item", data-jobid), saying more
 * than its title in a few lines. The card is the outermost such element within a few levels, inside its list.
 */
export function lone(state: Found, members: Member[]): void {
  const cards = members.flatMap((m) => {
    if (!m.job) return [];
    let card: Element | null = null;
    let el: Element | null = m.link.parentElement;
    for (let up = 0; el && !LISTS.has(el.tagName) && !LIST_CLASS.test(el.getAttribute('class') ?? '') && up < LONE_DEPTH; up++, el = el.parentElement) {
      if (namesJob(el) || (card && LIST_ITEMS.has(el.tagName))) card = el;
    }
    const text = card ? cleanText(card.textContent) : '';
    if (!card || text.length > LONE_TEXT || !MORE.test(text.replace(m.title, ''))) return [];
    const title = Array.from(card.querySelectorAll('*')).some((t) => isTitle(t) && cleanText(t.textContent) === m.title);
    return titled(m.link) || title ? [{ m, card }] : [];
  });
  if (new Set(cards.map(({ m }) => m.key)).size > 2) return;
  for (const { m, card } of cards) add(state, cardOf(m.key, m.title, m.link, card, m.at), m.link);
}

/**
 * The cards of a list found whose markup differs from their neighbours' (a link that is the card itself, where theirs
 * holds one): an item of the list holding no card found, with one link to a job in the folder of theirs.
 */
export function inLists(state: Found, base: URL, jobPath?: RegExp): void {
  const lists = new Map<Element, Card[]>();
  for (const card of state.cards.values()) {
    const list = card.element.parentElement;
    if (list) pushTo(lists, list, card);
  }
  for (const [list, cards] of lists) {
    const folders = new Set(cards.map((card) => folderOf(card.id, base)));
    if (cards.length < MIN_CARDS || folders.size !== 1) continue;
    const atOf = new Map(cards.map((card) => [card.element, card.at]));
    // A card found here is placed after the one before it (cards are given in page order).
    let at = cards.reduce((first, card) => Math.min(first, card.at), Infinity) - 0.5;
    for (const item of Array.from(list.children)) {
      if (atOf.has(item)) at = atOf.get(item)!;
      if (state.taken.has(item) || item.closest(UNSEEN)) continue;
      const links = item.matches('a[href]') ? [item] : Array.from(item.querySelectorAll('a[href]'));
      const jobs = links.flatMap((link) => {
        const to = inMenu(link) ? null : target(link, base, jobPath);
        return to?.job && folders.has(folderOf(to.key, base)) ? [{ link, key: to.key }] : [];
      });
      if (new Set(jobs.map((job) => job.key)).size !== 1) continue;
      const { link, key } = jobs[0]!;
      const title = titleText(link);
      if (!title || !MORE.test(cleanText(item.textContent).replace(title, ''))) continue;
      at += 1e-3;
      add(state, cardOf(key, title, link, item, at), link);
    }
  }
}

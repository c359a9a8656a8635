// The job cards of a listing no adapter knows: repeated elements, alike in markup, each holding one link to a job
// page whose text reads as a job title, with more of the job (company, place, date) beside it. A list of links
// alone (menus, place or search links, pagination) is no listing, nor are links to pages that aren't jobs.
import type { AdapterCard } from '../adapter';
import { folderOf, inMenu, MORE, signature, target, titled, titleText, UNSEEN, type Member } from './job-links';
import { add, alike, cardOf, inLists, inTaken, lone, MIN_CARDS, type Card, type Found } from './listing-odd';
import { cleanText } from './text';
import { pushTo } from '../group';

/** The share of a group's links that must lead to jobs. */
const JOB_SHARE = 0.8;

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
function groupCards(members: Member[]): Card[] {
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
  return members.map((m) => cardOf(m.key, m.title, m.link, cards.get(m)!, m.at));
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
    pushTo(groups, sig, { link, at, ...to, title });
  }
  const state: Found = { cards: new Map(), taken: new Set(), around: new Set(), made: new Map() };
  const take = (all: Iterable<Member[]>, beside = false): void => {
    // Each group ranked once, not at every comparison of the sort.
    for (const [, members] of [...all].map((g) => [rank(g), g] as const).sort((a, b) => b[0] - a[0])) {
      const linkOf = new Map<string, Element>();
      for (const m of members) if (!linkOf.has(m.key)) linkOf.set(m.key, m.link);
      const cards = groupCards(members.filter((m) => state.made.has(m.link) || !inTaken(state, m.link)));
      // Beside cards already found, a new one sits in their list (a selected card), not elsewhere (a featured job),
      // and leads where they do (a promoted ad among them leads elsewhere: "/listing_ads/11/click").
      const known = beside ? cards.filter((c) => state.cards.has(c.id)) : [];
      const lists = new Set(known.map((c) => c.element.parentElement));
      const folders = new Set(known.map((c) => folderOf(c.id, base)));
      for (const card of cards) {
        if (lists.size > 0 && (!lists.has(card.element.parentElement) || !folders.has(folderOf(card.id, base)))) continue;
        add(state, card, linkOf.get(card.id)!);
      }
    }
  };
  take(groups.values());
  // Cards whose classes differ one from the next (an id or a state in them: "job_0bb0c8…", "--active", "sponsored"):
  // the links no group took, grouped by their markup's tags alone with the cards found (when most are titles, or
  // cards found: a selected card's link covering it, titled by a heading beside it, joins its list).
  const loose = new Map<string, Member[]>();
  for (const m of [...groups.values()].flat()) {
    if (inTaken(state, m.link) && !state.made.has(m.link)) continue;
    const sig = signature(m.link, false);
    pushTo(loose, sig, m);
  }
  const most = (members: Member[], test: (m: Member) => boolean): boolean => members.filter(test).length > members.length / 2;
  take([...loose.values()].filter((members) => members.some((m) => !state.made.has(m.link)) && (most(members, (m) => titled(m.link)) || most(members, (m) => state.made.has(m.link)))), true);
  alike(state, [...groups.values()].flat());
  inLists(state, base, jobPath);
  if (state.cards.size === 0) lone(state, [...groups.values()].flat());
  return [...state.cards.values()].sort((a, b) => a.at - b.at).map(({ at: _, ...card }) => card);
}


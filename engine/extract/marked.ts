// A short posting no reader takes (too short for Readability, no duty or requirement heading): the block the page
// marks as the description, after the heading the page is titled by, when it lists the job's parts in a few words
// ("-sms funnel<br>-work flow automations<br>…"), as no article's summary does. A last resort on a site no adapter knows.
import { headingText, shownTitle } from './job-heading';
import { listItems } from './sections';
import { cleanText, HIDDEN } from './text';

const marked = (attrs: string[]): string => attrs.flatMap((a) => [`[${a}*="description"]`, `[${a}*="Description"]`]).join(',');
/** A block the page names its description (class, id, test id, schema.org property). */
const DESCRIPTION = `${marked(['class', 'id', 'data-test', 'data-testid', 'data-qa'])},[itemprop="description"]`;
const HEADINGS = 'h1, h2, h3, h4, h5, h6, [role="heading"]';
const MIN_TITLE = 5;
const MIN_TEXT = 40;
const MAX_TEXT = 1500;
/** A short posting lists this many parts of the job at least, each a fragment: a few words, no sentence. */
const MIN_ITEMS = 2;
const isFragment = (item: string): boolean => item.length <= 60 && item.split(' ').length <= 8 && !/[.!?。！？]$/.test(item);
const NOT_MAIN = 'nav, header, footer, aside, a, button, [role="dialog"], [aria-modal="true"]';

/** "<title>Need a CRM expert - Marketing</title>" and an <h4> saying "Need a CRM expert": the page is titled by the heading. */
function titlesThePage(h: Element, page: string): string | null {
  const text = headingText(h);
  return text.length >= MIN_TITLE && page.startsWith(text.toLowerCase()) && !h.closest(NOT_MAIN) ? text : null;
}

/**
 * The description and title of a short posting, or null when the page shows none (see the head of this file). On a
 * list of jobs with the one selected beside it, the job's pane is titled by one of its cards' titles (`cards`), in a
 * heading outside them.
 */
export function markedDescription(doc: Document, cards: readonly { element: Element; title: string }[] = []): { root: Element; title: string; heading: Element } | null {
  const page = cleanText(doc.title).toLowerCase();
  const titles = new Set(cards.map((card) => card.title.toLowerCase()));
  const titlesThePane = (h: Element): string | null => {
    const text = shownTitle(h, headingText(h));
    return titles.has(text.toLowerCase()) && !cards.some((card) => card.element.contains(h)) && !h.closest(NOT_MAIN) ? text : null;
  };
  if (!page && titles.size === 0) return null;
  let heading: { el: Element; text: string } | null = null;
  // Headings and descriptions in page order: the first description after the page's own heading, not a similar job's.
  for (const el of Array.from(doc.querySelectorAll(`${HEADINGS}, ${DESCRIPTION}`))) {
    if (!heading) {
      const text = !el.matches(HEADINGS) ? null : titles.size > 0 ? titlesThePane(el) : titlesThePage(el, page);
      if (text) heading = { el, text };
      continue;
    }
    if (!el.matches(DESCRIPTION) || el.tagName === 'META' || el.contains(heading.el) || el.closest(`${NOT_MAIN}, ${HIDDEN}`)) continue;
    const length = cleanText(el.textContent).length;
    if (length >= MIN_TEXT && length <= MAX_TEXT) return listItems(el).filter(isFragment).length >= MIN_ITEMS ? { root: el, title: heading.text, heading: heading.el } : null;
  }
  return null;
}

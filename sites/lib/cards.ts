import type { AdapterCard } from '../../engine/adapter';
import { all, first } from '../../engine/extract/text';
import { uniqueCards } from './unique-cards';
import { visibleText } from './visible-text';

/** What one card element says of its job. */
export interface CardRead {
  id: string | null | undefined;
  title: string;
  company?: string | null;
  location?: string | null;
  /** The element the title was read from (the badge goes beside it). */
  titleElement?: Element | null;
}

/** A card, or null when it names no id or no title; empty company and location read as unknown. */
export function cardOf(element: Element, { id, title, company, location, titleElement }: CardRead): AdapterCard | null {
  if (!id || !title) return null;
  return { id, title, company: company || null, location: location || null, element, titleElement: titleElement ?? undefined };
}

/** The cards of a listing, one per element matching `selector` and one per job id (the first wins). */
export function cardsOf(root: ParentNode, selector: string, read: (el: Element) => CardRead): AdapterCard[] {
  return uniqueCards(all(root, selector).map((el) => cardOf(el, read(el))));
}

/** Where a list's cards are, and each card's parts: selectors tried in order inside the card. */
export interface CardParts {
  card: string;
  title: string[];
  company?: string[];
  location?: string[];
  /** The card's job id, from the card or the link in it. */
  id(card: Element): string | null | undefined;
}

/** A card reader for a list whose parts sit in elements named by selectors (the title's element is its badge's place). */
export function selectedCards(parts: CardParts): (doc: Document) => AdapterCard[] {
  return (doc) =>
    cardsOf(doc, parts.card, (el) => {
      const titleElement = first(el, parts.title);
      const text = (selectors?: string[]): string => visibleText(first(el, selectors ?? []));
      return { id: parts.id(el), title: visibleText(titleElement), company: text(parts.company), location: text(parts.location), titleElement };
    });
}

/** The path of the first link in `el` matching `selector` (resolved against the page's own host), or ''. */
export function linkPath(el: Element, selector: string): string {
  const href = el.querySelector(selector)?.getAttribute('href');
  return href ? new URL(href, 'https://host.invalid/').pathname : '';
}

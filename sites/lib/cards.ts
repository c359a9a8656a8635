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

/** Where a card's words are inside its element: for each, selectors tried in turn, the first match read as a reader sees it. */
export interface CardPlaces {
  title: string[];
  company?: string[];
  location?: string[];
}

/** A card's title with the element it is read from (the badge goes beside it), its company and location, from their places. */
export function readPlaces(el: Element, { title, company, location }: CardPlaces): Omit<CardRead, 'id'> {
  const titleElement = first(el, title);
  return { title: visibleText(titleElement), company: company && textIn(el, company), location: location && textIn(el, location), titleElement };
}

/** Where a list's cards are, and each card's parts: selectors tried in order inside the card. */
export interface CardParts extends CardPlaces {
  card: string;
  /** The card's job id, from the card or the link in it. */
  id(card: Element): string | null | undefined;
}

/** A card reader for a list whose parts sit in elements named by selectors (the title's element is its badge's place). */
export function selectedCards(parts: CardParts): (doc: Document) => AdapterCard[] {
  return (doc) => cardsOf(doc, parts.card, (el) => ({ id: parts.id(el), ...readPlaces(el, parts) }));
}

/** The visible text of the first element inside `el` that matches one of `selectors` ('' when none does). */
export function textIn(el: ParentNode, selectors: string[]): string {
  return visibleText(first(el, selectors));
}

/** The href of the first link inside `el` that matches one of `selectors` ('' when none does). */
export function hrefIn(el: ParentNode, selectors: string[]): string {
  return first(el, selectors)?.getAttribute('href') ?? '';
}

/** The path of the first link in `el` matching `selector` (resolved against the page's own host), or ''. */
export function linkPath(el: Element, selector: string): string {
  const href = el.querySelector(selector)?.getAttribute('href');
  return href ? new URL(href, 'https://host.invalid/').pathname : '';
}

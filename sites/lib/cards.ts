import type { AdapterCard } from '../../engine/adapter';
import { all } from '../../engine/extract/text';
import { uniqueCards } from './unique-cards';

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

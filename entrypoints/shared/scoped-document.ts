// The document as a card finder sees it on a pass after the first: only the parts of the page that changed. An
// adapter's findCards queries the document for its card elements and reads each; given this view, its queries
// answer with the cards around the changes alone, so a pass costs what changed, not what the page holds.

/** Where the page changed since the last pass. */
export interface Changes {
  /** Subtrees added to the page: a card may be one of them, hold one, or be around one. */
  added: readonly Element[];
  /** Elements changed in place (an attribute, text or a child removed): a card may be one or be around one. */
  touched: readonly Element[];
}

// Node.DOCUMENT_POSITION_FOLLOWING, by value: the tests' DOM (linkedom) defines no global Node.
const FOLLOWING = 4;
/** True when `b` stands after `a` in the page. */
export const isBefore = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & FOLLOWING) !== 0;
const inDocumentOrder = (a: Element, b: Element): number => (a === b ? 0 : isBefore(a, b) ? -1 : 1);

/** The elements matching `selector` in or around the changes, once each, in document order. */
export function matchesAround(changes: Changes, selector: string): Element[] {
  const found = new Set<Element>();
  const around = (el: Element) => {
    const card = el.closest(selector);
    if (card) found.add(card);
  };
  for (const el of changes.touched) if (el.isConnected) around(el);
  for (const root of changes.added) {
    if (!root.isConnected) continue;
    around(root);
    for (const el of root.querySelectorAll(selector)) found.add(el);
  }
  return [...found].sort(inDocumentOrder);
}

/**
 * `doc` with querySelectorAll narrowed to the elements matching in or around `changes`; every other property is the
 * document's own. Finders list their cards by querySelectorAll, and look up what the page holds once (its header,
 * a data script) by querySelector, which stays whole; inside a card they query the card's element.
 */
export function scopedDocument(doc: Document, changes: Changes): Document {
  return new Proxy(doc, {
    get(target, key) {
      if (key === 'querySelectorAll') return (selector: string) => matchesAround(changes, selector);
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

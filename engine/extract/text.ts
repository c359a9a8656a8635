// Small text and DOM helpers shared by the extractors and the site adapters.

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Collapse whitespace (incl. nbsp) and drop zero-width characters. */
export function cleanText(s: string | null | undefined): string {
  return (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Collapsed text of an element, or '' when absent. */
export function textOf(el: Element | null | undefined): string {
  return el ? cleanText(el.textContent) : '';
}

const NOT_SHOWN = 'style, script, noscript, template, svg';
const NOT_SHOWN_TAGS = new Set(NOT_SHOWN.toUpperCase().split(', '));
/** A block the page keeps out of sight: the hidden attribute, an inline display: none, the common "hide" classes. */
export const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"], .hide, .hidden';

/**
 * The text of a node's descendants in document order, joined by `gap`, without the text of the styles, scripts,
 * templates and drawings inside it (a page's inline data can outweigh its words). Walked, not cloned: it may be a page.
 */
export function textWithoutCode(root: Node, gap: string): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.nodeType === 3) parts.push(n.textContent ?? '');
    else if (n !== root && n.nodeType === 1 && NOT_SHOWN_TAGS.has((n as Element).tagName.toUpperCase())) continue;
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return parts.join(gap);
}

/** An element's text without the text of inline styles and scripts (some boards put a <style> in each card). */
export function shownText(el: Element | null | undefined): string {
  if (!el?.querySelector(NOT_SHOWN)) return textOf(el);
  return cleanText(textWithoutCode(el, ''));
}

/** Text a screen reader hears and the eye does not ("PHP Developer<span class=visually-hidden> - job post</span>"). */
const READER_ONLY = '[class*="visually-hidden"], [class*="sr-only"], [class*="screen-reader"], [class*="a11y-text"]';

/**
 * An element's text as the eye sees it: without its screen-reader-only parts, inline styles and scripts — or, when
 * only a screen reader hears it (a link over a whole card), that.
 */
export function seenText(el: Element | null | undefined): string {
  const seen = el && without(el, READER_ONLY);
  return seen === el ? shownText(el) : shownText(seen) || shownText(el);
}

/** `el`, or a copy of it without its parts that match `selector` when it holds any. */
export function without(el: Element, selector: string): Element {
  if (!el.querySelector(selector)) return el;
  const copy = el.cloneNode(true) as Element;
  for (const part of Array.from(copy.querySelectorAll(selector))) part.remove();
  return copy;
}

/** An element's title attribute (boards put the untruncated text there), else its text. */
export function titleOrText(el: Element | null | undefined): string {
  return cleanText(el?.getAttribute('title')) || textOf(el);
}

/** First element matching any selector (in selector order), without throwing on bad selectors. */
export function first(root: ParentNode, selectors: string[]): Element | null {
  for (const s of selectors) {
    try {
      const el = root.querySelector(s);
      if (el) return el;
    } catch {
      // linkedom and happy-dom differ on exotic selectors; a miss is fine
    }
  }
  return null;
}

export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * A fresh, inert document (no scripts run, nothing loads) to parse untrusted HTML into,
 * so that nothing is ever written into the live page.
 */
export function inertDocument(doc: Document): Document | null {
  try {
    const impl = (doc as Partial<Document>).implementation;
    if (impl && typeof impl.createHTMLDocument === 'function') return impl.createHTMLDocument('');
  } catch {
    // fall through to DOMParser
  }
  try {
    const Parser = doc.defaultView?.DOMParser ?? (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
    if (Parser) return new Parser().parseFromString('<!doctype html><html><head></head><body></body></html>', 'text/html');
  } catch {
    // no parser available
  }
  return null;
}

const DANGEROUS = 'script,style,noscript,iframe,frame,object,embed,link,meta,base,form,input,button,select,textarea,svg,math,template,img,picture,video,audio,source';

/** Remove active content and event handlers from a detached subtree. */
export function sanitize(root: Element): Element {
  for (const el of all(root, DANGEROUS)) el.remove();
  for (const el of [root, ...all(root, '*')]) {
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on') || name === 'src' || name === 'srcset' || name === 'style' ||
          (name === 'href' && /^\s*javascript:/i.test(attr.value))) {
        el.removeAttribute(attr.name);
      }
    }
  }
  return root;
}

/**
 * Parse an HTML string into a sanitized, detached <div>. JSON-LD descriptions are often
 * entity-escaped HTML ("&lt;li&gt;"), so text that still looks like markup is parsed once more.
 */
export function parseDetached(doc: Document, html: string): Element | null {
  const fresh = inertDocument(doc);
  if (!fresh) return null;
  const box = fresh.createElement('div');
  box.innerHTML = html;
  const text = box.textContent ?? '';
  if (!box.querySelector('*') && /<\/?(p|li|ul|ol|br|div|strong|b|h[1-6]|span)\b/i.test(text)) {
    box.innerHTML = text;
  } else if (!box.querySelector('*') && text.includes('\n')) {
    // Plain-text descriptions keep their lines as paragraphs.
    box.textContent = '';
    for (const line of text.split(/\n+/)) {
      const p = fresh.createElement('p');
      p.textContent = line;
      box.appendChild(p);
    }
  }
  return sanitize(box);
}

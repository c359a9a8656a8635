import { all, cleanText } from '../../engine/extract/text';

const NOT_TEXT = 'style, script, noscript, template, svg, [aria-hidden="true"], .visually-hidden, .sr-only';

/**
 * Text a reader sees in `el`: without inline <style> blocks (emotion CSS), icons and
 * screen-reader-only suffixes; some boards leave a literal "&nbsp;" in their separators.
 */
export function visibleText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const hidden of all(copy, NOT_TEXT)) hidden.remove();
  return cleanText((copy.textContent ?? '').replace(/&nbsp;/g, ' '));
}

/** The first element of `root` matching `selector` whose visible text is not empty. */
export function firstWithText(root: ParentNode, selector: string): Element | null {
  return all(root, selector).find((el) => visibleText(el) !== '') ?? null;
}

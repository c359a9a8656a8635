// Text the page's own style sheets keep out of sight: decoy words a board salts its descriptions with ("熟悉产<span
// class="x">kanzhun</span>品知识" with .x{display:none} in a <style>), screen-reader text clipped away ("PHP Developer
// <span class="css-8u2krs"> - job post</span>"). Read from the text of the <style> elements (the engine also runs
// without a layout to ask), for the classes a rule names on their own (".x{…}", ".x, .y{…}").

/** A declaration block that hides what it styles: not displayed, invisible, no size (no width, as BOSS直聘's decoys), pushed off screen, clipped. */
const HIDES =
  /display\s*:\s*none|visibility\s*:\s*hidden|(?:^|[;{\s])width\s*:\s*0(?:\.0+)?px|font-size\s*:\s*0(?:\.0+)?(?:px|em|rem|pt|%)?\s*(?:[;!]|$)|(?:text-indent|left|top)\s*:\s*-\d{3,}(?:\.\d+)?(?:px|em|rem)|clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%/i;
/** A block that shows what it styles (a class hidden on small screens and shown on others is no hidden class). */
const SHOWS = /display\s*:\s*(?!none)[a-z]|visibility\s*:\s*visible/i;
const RULE = /([^{}]+)\{([^{}]*)\}/g;
const LONE_CLASS = /^\.(-?[_a-zA-Z][\w-]*)$/;
/** CSS read at most: past it a page's sheets are frameworks, not the few rules that hide words. */
const MAX_CSS = 2_000_000;
/** Elements that hold a run of text inside a line; a hidden block may be a panel the reader opens (it stays). */
const INLINE = new Set(['SPAN', 'FONT', 'I', 'EM', 'B', 'STRONG', 'SMALL', 'U', 'S', 'SUB', 'SUP', 'MARK', 'ABBR', 'CITE', 'Q', 'LABEL', 'CODE', 'INS', 'DEL']);

const read = new WeakMap<Document, { key: string; hidden: ReadonlySet<string> }>();

/** The classes the page's <style> elements hide (display: none, visibility: hidden, font-size: 0, off screen, clipped) and show nowhere. */
export function hiddenClasses(doc: Document): ReadonlySet<string> {
  // The live collection of <style> elements: a browser keeps it per document and walks the page again only after it changed.
  const sheets = Array.from(doc.getElementsByTagName('style'), (s) => s.textContent ?? '');
  const key = `${sheets.length}:${sheets.reduce((n, css) => n + css.length, 0)}`;
  const known = read.get(doc);
  if (known?.key === key) return known.hidden;
  const hidden = new Set<string>();
  const shown = new Set<string>();
  let budget = MAX_CSS;
  for (const sheet of sheets) {
    const css = sheet.slice(0, budget);
    budget -= css.length;
    for (const [, selectors = '', body = ''] of css.matchAll(RULE)) {
      const hides = HIDES.test(body);
      if (!hides && !SHOWS.test(body)) continue;
      for (const selector of selectors.split(',')) {
        const cls = LONE_CLASS.exec(selector.trim())?.[1];
        if (cls) (hides ? hidden : shown).add(cls);
      }
    }
    if (budget <= 0) break;
  }
  for (const cls of shown) hidden.delete(cls);
  read.set(doc, { key, hidden });
  return hidden;
}

/** The element has a class the page's style sheets hide. */
export const hiddenByStyle = (el: Element, hidden: ReadonlySet<string>): boolean => Array.from(el.classList).some((cls) => hidden.has(cls));

/** Drops from `root` (a copy read out of the page) the runs of text inside its lines that the page's style sheets hide. */
export function dropHiddenRuns(root: Element, hidden: ReadonlySet<string>): void {
  if (hidden.size === 0) return;
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    if (INLINE.has(el.tagName.toUpperCase()) && el.childElementCount === 0 && hiddenByStyle(el, hidden)) el.remove();
  }
}

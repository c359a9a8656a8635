// Readability's source without its debug logging, as plain JavaScript: the extension's bundles (through
// scripts/quiet-readability.ts, a Vite plugin) and the CLI's (cli/bundle.mjs, an esbuild plugin) both use it.

/**
 * @param {string} code
 * @param {number} open
 * @returns {number} The end of the call whose argument list opens at `open` (a "(" in `code`), past strings and nested brackets; -1 when unbalanced. */
function closing(code, open) {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

const CALL = 'this.log(';
const LOGGER = /if \(this\._debug\) \{[\s\S]*?\n {2}\} else \{\n {4}(this\.log = function \(\) \{\};)\n {2}\}/;

/**
 * Readability's source without its debug logging: every `this.log(…)` call becomes `void 0` (a no-op unless the
 * `debug` option is on, which nothing here sets; its arguments include three serialisations of the article), and
 * the logger the option would build is left out. The minifier then drops the statements.
 */
export function quietReadability(code) {
  let out = '';
  let from = 0;
  for (let at = code.indexOf(CALL); at >= 0; at = code.indexOf(CALL, from)) {
    const end = closing(code, at + CALL.length - 1);
    if (end < 0) return code;
    out += `${code.slice(from, at)}void 0`;
    from = end + 1;
  }
  return (out + code.slice(from)).replace(LOGGER, '$1');
}

const CACHE = 'var pageCacheHtml = page.innerHTML;';
const RESTORE = 'page.innerHTML = pageCacheHtml;';

/**
 * Readability keeping its copy of the page as nodes, not markup: before its first attempt it serialises the whole page
 * (`page.innerHTML`) and, when an attempt finds too little text, parses that markup back before trying with fewer
 * filters. Cloned nodes are the same page without the round trip, which in linkedom (the CLI) cost a fifth of
 * Readability's time on listing pages (up to four attempts each) and dropped a no-break space. Unchanged when the
 * library's source no longer reads so.
 * @param {string} code
 * @returns {string}
 */
export function clonedPageCache(code) {
  if (code.split(CACHE).length !== 2 || code.split(RESTORE).length !== 2) return code;
  return code
    .replace(CACHE, 'var pageCache = Array.from(page.childNodes, function (node) { return node.cloneNode(true); });')
    .replace(RESTORE, 'page.replaceChildren.apply(page, pageCache.map(function (node) { return node.cloneNode(true); }));');
}

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

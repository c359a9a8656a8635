import type { Plugin } from 'vite';

/** The end of the call whose argument list opens at `open` (a "(" in `code`), past strings and nested brackets; -1 when unbalanced. */
function closing(code: string, open: number): number {
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
export function quietReadability(code: string): string {
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

// Readability's debug log messages and logger are 2 KB of every content script that reads a page (the budget of
// jobs.js is 50 KB gzip), and never run: the bundles carry Readability without them.
export const quietReadabilityPlugin: Plugin = {
  name: 'skillshift:quiet-readability',
  transform(code, id) {
    if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
    const out = quietReadability(code);
    return out === code ? null : { code: out, map: null };
  },
};

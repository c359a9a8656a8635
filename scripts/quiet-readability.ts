import type { Plugin } from 'vite';
import { LEAN_COUNT, leanReadability, leanReplacements, quietReadability } from './quiet-readability-source.mjs';

export { LEAN_COUNT, leanReadability, leanReplacements, quietReadability };

// Readability's debug log messages and logger are 2 KB of every content script that reads a page (the budget of
// jobs.js is 50 KB gzip), and never run: the bundles carry Readability without them, and asking the DOM for no more
// than it uses (leanReadability).
export const quietReadabilityPlugin: Plugin = {
  name: 'skillshift:quiet-readability',
  transform(code, id) {
    if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
    const out = leanReadability(quietReadability(code));
    return out === code ? null : { code: out, map: null };
  },
};

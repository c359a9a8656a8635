import type { Plugin } from 'vite';
import { clonedPageCache, quietReadability } from './quiet-readability-source.mjs';

export { clonedPageCache, quietReadability };

// Readability's debug log messages and logger are 2 KB of every content script that reads a page (the budget of
// jobs.js is 50 KB gzip), and never run: the bundles carry Readability without them, and keeping its copy of the page
// as cloned nodes rather than markup (clonedPageCache).
export const quietReadabilityPlugin: Plugin = {
  name: 'skillshift:quiet-readability',
  transform(code, id) {
    if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
    const out = clonedPageCache(quietReadability(code));
    return out === code ? null : { code: out, map: null };
  },
};

import type { Plugin } from 'vite';
import { bundledReadability, IDLE_COUNT, idleMethods, idleReadability, LEAN_COUNT, leanReadability, leanReplacements, quietReadability, unusedLists, unusedPatterns } from './quiet-readability-source.mjs';

export { bundledReadability, IDLE_COUNT, idleMethods, idleReadability, LEAN_COUNT, leanReadability, leanReplacements, quietReadability, unusedLists, unusedPatterns };

// Readability's debug log messages and logger are 2 KB of every content script that reads a page (the budget of
// jobs.js is 50 KB gzip), and never run: the bundles carry Readability without them, asking the DOM for no more
// than it uses (leanReadability), without the methods SkillShift never needs and with its own members' names short
// (bundledReadability).
export const quietReadabilityPlugin: Plugin = {
  name: 'skillshift:quiet-readability',
  async transform(code, id) {
    if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
    return { code: await bundledReadability(code), map: null };
  },
};

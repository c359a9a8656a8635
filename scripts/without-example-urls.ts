import type { Plugin } from 'vite';

/** An adapter's source with its example URL list emptied (the list stays in the file; only the bundle loses it). */
export const withoutExamples = (code: string): string => code.replace(/^(\s*)exampleUrls: \[[^\]]*\],$/m, '$1exampleUrls: [],');

// Each adapter's example URLs document its patterns and feed its tests (tests/sites); the extension never reads
// them, so its bundles carry an empty list instead (9 KB of every content script).
export const withoutExampleUrls: Plugin = {
  name: 'skillshift:without-example-urls',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]sites[\\/][^\\/]+\.ts$/.test(id)) return null;
    const out = withoutExamples(code);
    return out === code ? null : { code: out, map: null };
  },
};


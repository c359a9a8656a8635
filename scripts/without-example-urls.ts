import type { Plugin } from 'vite';

/**
 * An adapter's source without its example URL list and its display name (both stay in the file; only the bundle loses
 * them, keys and all): the lists document the patterns and feed the tests, the names the README and the tests.
 */
export const withoutExamples = (code: string): string => code.replace(/^\s*exampleUrls: \[[^\]]*\],\n/m, '').replace(/^\s*name: '[^'\n]*',\n/m, '');

// Each adapter's example URLs document its patterns and feed its tests (tests/sites), and its name labels it for
// people; the extension reads neither, so its bundles carry none (9 KB of every content script).
export const withoutExampleUrls: Plugin = {
  name: 'skillshift:without-example-urls',
  enforce: 'pre',
  transform(code, id) {
    if (!/[\\/]sites[\\/][^\\/]+\.ts$/.test(id)) return null;
    const out = withoutExamples(code);
    return out === code ? null : { code: out, map: null };
  },
};


import type { Plugin } from 'vite';

/**
 * An adapter's source without its example URL list and its display name (both stay in the file; only the bundle loses
 * them, keys and all): the lists document the patterns and feed the tests, the names the README and the tests.
 */
export const withoutExamples = (code: string): string => code.replace(/^\s*exampleUrls: \[[^\]]*\],\n/m, '').replace(/^\s*name: '[^'\n]*',\n/m, '');

/** The same without its literal match patterns too: they are the manifest's, and no bundle reads them at run time. */
export const withoutMatches = (code: string): string => withoutExamples(code).replace(/^\s*matches: \[[^\]]*\],\n/m, '');

// Each adapter's example URLs document its patterns and feed its tests (tests/sites), and its name labels it for
// people; the extension reads neither, so its bundles carry none (9 KB of every content script). Its match patterns
// go into the manifest, which WXT writes from the entrypoints it loads for their options (an SSR load, kept whole);
// the browser then holds them (the background reads them from the manifest), so the bundles drop them too (431 B
// gzip of jobs.js). tests/e2e/bundle.test.ts checks both ends on the build.
export const withoutExampleUrls: Plugin = {
  name: 'skillshift:without-example-urls',
  enforce: 'pre',
  transform(code, id, options) {
    if (!/[\\/]sites[\\/][^\\/]+\.ts$/.test(id)) return null;
    const out = options?.ssr ? withoutExamples(code) : withoutMatches(code);
    return out === code ? null : { code: out, map: null };
  },
};

import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { withoutExampleUrls } from './scripts/without-example-urls';
import { quietReadabilityPlugin } from './scripts/quiet-readability';
import { terseContentScripts } from './scripts/terse-content-scripts';

// Chrome/Edge get MV3 with a side panel; Firefox gets MV2 with a sidebar (WXT's default target).
export default defineConfig({
  // Extension pages load modules natively; the preload polyfill would only add a fetch().
  vite: () => ({ plugins: [preact(), withoutExampleUrls, quietReadabilityPlugin, terseContentScripts], build: { modulePreload: { polyfill: false } } }),
  imports: false,
  hooks: {
    // The extension reads its data files without parsing them (engine/data-files.ts): a file that doesn't match
    // its schema stops the build here.
    'build:before': async () => {
      const { dataProblems } = await import('./scripts/data-check');
      const problems = dataProblems();
      if (problems.length) throw new Error(`data files that don't match their schemas:\n${problems.join('\n')}`);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // "Read job postings on any site" (the welcome page): asked for only when the user turns it on.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    // storage.session (tab → analysis) needs Firefox 115; sidePanel.open needs Chrome 116.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'skillshift@skillshift.dev',
              strict_min_version: '115.0',
              // Nothing leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
});

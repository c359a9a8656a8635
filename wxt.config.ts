import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chrome/Edge get MV3 with a side panel; Firefox gets MV2 with a sidebar (WXT's default target).
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'skillshift@skillshift.dev', strict_min_version: '115.0' } } }
      : {}),
  }),
});

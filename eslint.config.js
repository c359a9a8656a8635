// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Walls between layers (docs/ARCHITECTURE.md): each folder lists what it must not import. An import is matched
// as written, so a path segment names the folder it reaches ('../../storage/db' reaches storage/).
const folder = (...names) => `(^|/)(${names.join('|')})(/|$)`;
const BROWSER = '^(wxt/browser|@wxt-dev/browser|webextension-polyfill)$';
const wall = (files, forbidden, extra = {}) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden }],
    'no-restricted-globals': ['error', ...(extra.globals ?? [])],
  },
});
const no = (regex, message, allowTypeImports = false) => ({ regex, message, allowTypeImports });
const NO_BROWSER_GLOBALS = [
  { name: 'browser', message: 'the browser API is wired in entrypoints/ only' },
  { name: 'chrome', message: 'the browser API is wired in entrypoints/ only' },
];
const walls = [
  wall(['engine/**'], [
    no(folder('sites', 'schemas', 'storage', 'messaging', 'components', 'entrypoints', 'cli'), 'engine/ is pure: it imports nothing of the extension'),
    no('^(wxt|dexie|preact)($|/)|^@wxt-dev/', 'engine/ is pure: no browser API, Dexie or Preact'),
  ], { globals: NO_BROWSER_GLOBALS }),
  wall(['sites/**'], [
    no(folder('schemas', 'storage', 'messaging', 'components', 'entrypoints', 'cli'), 'sites/ import engine/ only'),
    no('^(wxt|dexie|preact)($|/)|^@wxt-dev/', 'sites/ read the DOM they are given: no browser API, Dexie or Preact'),
  ], { globals: NO_BROWSER_GLOBALS }),
  // The shapes storage keeps and messages carry, written once (Zod, no Dexie), below both.
  wall(['schemas/**'], [
    no(folder('sites', 'storage', 'messaging', 'components', 'entrypoints', 'cli'), 'schemas/ import engine/ only'),
    no('^(wxt|dexie|preact)($|/)|^@wxt-dev/', 'schemas/ are data: no browser API, Dexie or Preact'),
  ], { globals: NO_BROWSER_GLOBALS }),
  wall(['storage/**'], [
    no(folder('sites', 'messaging', 'components', 'entrypoints', 'cli'), 'storage/ imports engine/ and schemas/ only'),
    no('^(preact)($|/)', 'storage/ has no UI'),
  ]),
  wall(['messaging/**'], [
    no(folder('sites', 'storage', 'components', 'entrypoints', 'cli'), 'messaging/ imports engine/ and schemas/ only'),
    no('^(dexie|preact)($|/)', 'messaging/ carries data; it does not store or draw it'),
  ]),
  wall(['components/**'], [
    no(folder('sites', 'storage', 'entrypoints', 'cli'), 'components/ take data and actions: no storage, adapters or entrypoints'),
    no(folder('schemas'), 'components/ may know the shapes they are shown (import type)', true),
    no(folder('messaging'), 'components/ may know the shapes messages carry (import type), not send them', true),
    no(`${BROWSER}|^wxt/|^dexie($|/)`, 'components/ call no browser API: the entrypoint passes it in'),
  ], { globals: NO_BROWSER_GLOBALS }),
  wall(['cli/**'], [
    no(folder('schemas', 'storage', 'messaging', 'components', 'entrypoints'), 'cli/ runs the engine and the adapters in node'),
    no('^(wxt|dexie|preact)($|/)|^@wxt-dev/', 'cli/ runs in node: no browser API, Dexie or Preact'),
  ], { globals: NO_BROWSER_GLOBALS }),
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'no-undef': 'off', // TypeScript checks names, with the browser's and node's globals it knows
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  ...walls,
);

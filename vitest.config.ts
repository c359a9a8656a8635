import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Tiers 1 and 2: unit tests (node / happy-dom) and saved-page tests. End-to-end lives in vitest.e2e.config.ts.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/sites/**/*.test.ts'],
    environment: 'node',
  },
});

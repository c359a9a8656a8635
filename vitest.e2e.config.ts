import { defineConfig } from 'vitest/config';

// Tier 3: the built extension in real Chromium and Firefox ESR. One browser at a time (2 cores).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});

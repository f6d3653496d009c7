import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts', 'extension/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/e2e/**'],
    // The segmenter loads once per worker; two cores here.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

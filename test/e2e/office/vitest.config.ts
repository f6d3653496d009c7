import { defineConfig } from 'vitest/config';

// Only the office end-to-end test: run by run.mjs once LibreOffice and Chromium are installed.
export default defineConfig({
  test: {
    root: new URL('../../..', import.meta.url).pathname,
    include: ['test/e2e/office/*.e2e.test.ts'],
    pool: 'forks',
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});

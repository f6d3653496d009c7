import { defineConfig } from 'vitest/config';

// The core package's tests only, for `pnpm mutation` (scripts/mutation.mjs): Stryker runs
// the suite once per mutant, so it leaves out the CLI, language-server and extension suites,
// which cover no file it mutates.
export default defineConfig({
  test: {
    include: ['packages/core/test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

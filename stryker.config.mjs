// Mutation testing over the check code (issue 26). Run through `pnpm mutation [files...]`
// (scripts/mutation.mjs), which narrows `mutate` to the files given and keeps the
// incremental results of the files it did not run. Not part of `pnpm test` or test:all.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: [
    'packages/core/src/lint/rules/*.ts',
    '!packages/core/src/lint/rules/index.ts',
    'packages/core/src/checks/*.ts',
    'packages/core/src/parse/relations.ts',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  // The machine is shared; each worker runs the core suite.
  concurrency: 2,
  timeoutMS: 60_000,
  tempDirName: '.stryker-tmp',
  // Root-anchored (packages/core/test stays); the core tests read docs/, bench/, fixtures/.
  ignorePatterns: ['/extension', '/reports'],
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 80, low: 60, break: null },
};

// `pnpm fuzz`: the property tests of test/property/ run long — many more
// generated inputs than the normal suite, from a seed (printed, so a run can be
// repeated; the normal suite draws a fresh seed each run too). A failing input
// is shrunk by fast-check and saved as fixtures/fuzz/<property>-<hash>.json,
// naming the property it failed; test/property/fuzz-replay.test.ts asserts that
// same property on it in every normal test run.
//
//   pnpm fuzz [--runs N] [--seed S]      (defaults: 3000 runs per property, a seed from the clock)
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3000' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Date.now() % 2 ** 31);
const fuzzDir = join(repoRoot, 'fixtures/fuzz');
const before = new Set(readdirSync(fuzzDir));

console.log(`fuzz: ${values.runs} runs per property, seed ${seed} (repeat with: pnpm fuzz --runs ${values.runs} --seed ${seed})`);
const result = spawnSync(
  process.execPath,
  [join(repoRoot, 'node_modules/vitest/vitest.mjs'), 'run', 'test/property/', '--testTimeout', String(60 * 60_000)],
  { cwd: repoRoot, stdio: 'inherit', env: { ...process.env, HUIBAO_FUZZ_RUNS: values.runs, HUIBAO_FUZZ_SEED: seed } },
);
const saved = readdirSync(fuzzDir).filter((name) => !before.has(name));
if (saved.length) console.log(`fuzz: saved ${saved.length} failing input(s): ${saved.map((n) => `fixtures/fuzz/${n}`).join(', ')}`);
process.exit(result.status ?? 1);

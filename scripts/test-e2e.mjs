// `pnpm test:e2e`: editor end-to-end tests with real clients. Each folder
// test/e2e/<client>/ has a run.mjs that installs what it needs (apt, npm),
// runs its scenario and exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'test/e2e';
const suites = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'run.mjs'))).sort() : [];
let passed = 0;
let failed = 0;
for (const suite of suites) {
  console.log(`\n▶ e2e: ${suite}`);
  const result = spawnSync(process.execPath, [join(root, suite, 'run.mjs')], { stdio: 'inherit' });
  if (result.status === 0) passed++;
  else {
    failed++;
    console.error(`✗ e2e: ${suite} failed (exit ${result.status ?? result.signal})`);
  }
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || suites.length === 0 ? 1 : 0);

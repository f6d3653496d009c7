// `pnpm test:e2e`: editor end-to-end tests with real clients. Each folder
// test/e2e/<client>/ has a run.mjs that installs what it needs (apt, npm),
// runs its scenario and exits non-zero on failure. Names on the command line
// (`node scripts/test-e2e.mjs vscode`) run only those suites.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = 'test/e2e';
const all = existsSync(root) ? readdirSync(root).filter((name) => existsSync(join(root, name, 'run.mjs'))).sort() : [];
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !all.includes(name));
if (unknown.length > 0) {
  console.error(`e2e: no suite ${unknown.join(', ')}; the suites are ${all.join(', ')}`);
  process.exit(1);
}
const suites = wanted.length > 0 ? all.filter((name) => wanted.includes(name)) : all;
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

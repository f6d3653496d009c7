// Word and Excel out, and the 校对报告, checked by programs nobody here wrote:
// LibreOffice (Debian's, headless) opens the .docx files `fill` and `lint --fix`
// write and converts them to text, and prints the 待填 workbook to PDF (Calc);
// Chromium (Debian's, driven by playwright-core) opens the HTML report, prints
// it to PDF and takes a screenshot.
// Installs what is missing with apt (libreoffice-writer-nogui: 51 packages, 86 MB, 1 min 43 s on this
// machine; libreoffice-calc-nogui on top: 13 packages, 45 MB; chromium and fonts-wqy-zenhei are shared
// with the VS Code suite),
// then runs office.e2e.test.ts with vitest; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-calc-nogui', 'chromium', 'fonts-wqy-zenhei'];

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function installed(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

function ensurePackages() {
  const missing = PACKAGES.filter((name) => !installed(name));
  if (missing.length === 0) return;
  const started = Date.now();
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const args = ['install', '-y', '--no-install-recommends', '-o', 'DPkg::Lock::Timeout=600', ...missing];
  if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
    run('apt-get', ['update'], { env });
    run('apt-get', args, { env });
  }
  console.log(`office e2e: installed ${missing.join(', ')} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

if (!existsSync(join(root, 'packages/cli/dist/bin.js'))) {
  console.error('office e2e: packages/cli/dist/bin.js is missing; run `pnpm build` first');
  process.exit(1);
}
ensurePackages();
const vitest = spawnSync('pnpm', ['exec', 'vitest', 'run', '--config', join(here, 'vitest.config.ts')], { cwd: root, stdio: 'inherit' });
process.exit(vitest.status ?? 1);

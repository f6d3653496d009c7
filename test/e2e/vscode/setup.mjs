// Installs what the VS Code end-to-end test needs when it is missing: Debian's
// Chromium (driven by playwright-core), and code-server 4.100.x (VS Code 1.100.3,
// the last line that runs on Node 20) from the npm registry into a reusable cache
// outside the repository. Measured recipe: /work/shared/recipes/editor-e2e.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ownEnv } from '../own-env.mjs';

export const codeServerVersion = '~4.100.0';
export const chromiumPath = '/usr/bin/chromium';

/** Reusable downloads (code-server and its npm cache); override with HUIBAO_E2E_CACHE. */
export const cacheDir = process.env.HUIBAO_E2E_CACHE ?? join(homedir(), '.cache', 'huibao-e2e');

function run(command, args, options = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

function debPackageInstalled(name) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/**
 * chromium for the browser and a CJK font so the screenshots show Chinese, not
 * boxes; ripgrep, libkrb5-dev and pkg-config for code-server's install.
 */
export function ensureAptPackages() {
  const missing = ['chromium', 'fonts-wqy-zenhei', 'ripgrep', 'libkrb5-dev', 'pkg-config'].filter((name) => !debPackageInstalled(name));
  if (missing.length === 0) return;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
  if (install.status !== 0) {
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  }
}

/**
 * code-server from npm. Its install needs, as root on this machine: unsafe-perm,
 * `yes` for node-pty's npx, and @vscode/ripgrep's GitHub download pre-seeded with
 * Debian's rg in the cache folder it looks in first (under os.tmpdir()).
 */
export function ensureCodeServer(tmpDir) {
  const prefix = join(cacheDir, 'code-server-4.100');
  const bin = join(prefix, 'node_modules', '.bin', 'code-server');
  if (existsSync(bin)) return bin;
  mkdirSync(prefix, { recursive: true });
  const ripgrepCache = join(tmpDir, 'vscode-ripgrep-cache-1.15.11');
  mkdirSync(ripgrepCache, { recursive: true });
  run('tar', ['czf', join(ripgrepCache, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz'), '-C', '/usr/bin', 'rg']);
  // npm's own environment, not the pnpm script's that started this test (own-env.mjs).
  const env = {
    ...ownEnv(),
    TMPDIR: tmpDir,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_cache: join(cacheDir, 'npm-cache'),
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };
  run('npm', ['install', '--prefix', prefix, `code-server@${codeServerVersion}`], { env });
  if (!existsSync(bin)) throw new Error(`code-server was installed but ${bin} is missing`);
  return bin;
}

// The seed scenario through Neovim's built-in LSP client (Debian's 0.7.2),
// headless: proves the server works for a client nobody here wrote.
// Installs neovim with apt when missing; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const server = join(root, 'packages/language-server/dist/bin.js');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  return result;
}

function ensureNeovim() {
  if (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0) return;
  console.log('neovim: not found, installing Debian neovim with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', 'neovim'], { env });
}

function main() {
  if (!existsSync(server)) {
    console.error(`neovim e2e: ${server} is missing; run \`pnpm build\` first`);
    return 1;
  }
  ensureNeovim();
  console.log(spawnSync('nvim', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]);
  const tmp = mkdtempSync(join(tmpdir(), 'huibao-nvim-'));
  try {
    const workspace = join(tmp, 'ws');
    mkdirSync(workspace);
    const seed = join(workspace, 'seed.txt');
    // A writable copy (the fixture itself is read-only).
    writeFileSync(seed, readFileSync(join(root, 'fixtures/reports/seed.txt')));
    // Nothing lands in ~: every XDG folder points into the temp folder.
    const env = {
      ...process.env,
      XDG_CACHE_HOME: join(tmp, 'cache'),
      XDG_DATA_HOME: join(tmp, 'data'),
      XDG_CONFIG_HOME: join(tmp, 'config'),
      XDG_STATE_HOME: join(tmp, 'state'),
      HUIBAO_SERVER: server,
      HUIBAO_SEED: seed,
      HUIBAO_ROOT: workspace,
    };
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(here, 'scenario.lua')}`], {
      env,
      encoding: 'utf8',
      timeout: 180_000,
    });
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    if (result.error) throw result.error;
    const passed = result.status === 0 && /^PASS$/m.test(result.stdout ?? '');
    console.log(passed ? 'neovim e2e: passed' : `neovim e2e: FAILED (nvim exit ${result.status ?? result.signal})`);
    return passed ? 0 : 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

process.exitCode = main();

// The @node-rs/jieba platform package for a VS Code target: the installed one when
// pnpm installed it (this machine's own), otherwise the prebuilt package from the npm
// registry, `npm pack`ed into a cache, its tarball checked against the registry's
// dist.integrity and unpacked with `tar`. Nothing is compiled.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as tar from 'tar';
import { platformPackage } from './platforms.mjs';

/** Downloaded platform packages; git-ignored (`.tmp/`). Override with HUIBAO_PACKAGE_CACHE. */
export function cacheDir(repoDir) {
  return process.env.HUIBAO_PACKAGE_CACHE ?? join(repoDir, '.tmp', 'jieba-platforms');
}

function npm(args) {
  const result = spawnSync('npm', args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (exit ${result.status ?? result.signal}):\n${result.stderr}`);
  return result.stdout;
}

const sha512 = (file) => `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;

/**
 * The tarball of `name@version` in the cache, downloaded when missing. The registry's
 * dist.integrity is recorded beside it at download, so a cached tarball is checked again
 * on every use without the network.
 */
function cachedTarball(cache, name, version) {
  const tarball = join(cache, `${name.slice(1).replace('/', '-')}-${version}.tgz`);
  const recorded = `${tarball}.integrity`;
  if (existsSync(tarball) && existsSync(recorded)) {
    const expected = readFileSync(recorded, 'utf8').trim();
    if (sha512(tarball) === expected) return tarball;
    console.warn(`${tarball} does not match its recorded integrity; downloading it again`);
  }
  rmSync(tarball, { force: true });
  rmSync(recorded, { force: true });
  mkdirSync(cache, { recursive: true });
  const expected = JSON.parse(npm(['view', `${name}@${version}`, 'dist.integrity', '--json']));
  if (typeof expected !== 'string' || !expected.startsWith('sha512-')) throw new Error(`the registry gave no sha512 dist.integrity for ${name}@${version}: ${expected}`);
  const [packed] = JSON.parse(npm(['pack', `${name}@${version}`, '--pack-destination', cache, '--json']));
  const downloaded = join(cache, packed.filename);
  const actual = sha512(downloaded);
  if (actual !== expected) {
    rmSync(downloaded, { force: true });
    throw new Error(`${name}@${version}: the tarball's integrity ${actual} is not the registry's ${expected}`);
  }
  if (downloaded !== tarball) throw new Error(`npm pack wrote ${packed.filename}, expected ${tarball}`);
  writeFileSync(recorded, `${expected}\n`);
  console.log(`fetched ${name}@${version} (${expected.slice(0, 19)}…)`);
  return tarball;
}

/**
 * The folder of `target`'s platform package at `version` (the installed @node-rs/jieba's),
 * holding its package.json and binary.
 */
export function platformPackageDir(target, { jiebaDir, version, repoDir }) {
  const { name, binary } = platformPackage(target);
  try {
    const installed = dirname(createRequire(join(jiebaDir, 'package.json')).resolve(`${name}/package.json`));
    if (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version === version && existsSync(join(installed, binary))) return installed;
  } catch {
    // Not this machine's platform: fetched below.
  }
  const cache = cacheDir(repoDir);
  const tarball = cachedTarball(cache, name, version);
  const out = join(cache, `${name.slice(1).replace('/', '-')}-${version}`);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  tar.x({ file: tarball, cwd: out, strip: 1, sync: true });
  const unpacked = JSON.parse(readFileSync(join(out, 'package.json'), 'utf8'));
  if (unpacked.name !== name || unpacked.version !== version) throw new Error(`${tarball} holds ${unpacked.name}@${unpacked.version}, not ${name}@${version}`);
  if (!existsSync(join(out, binary))) throw new Error(`${name}@${version} has no ${binary}`);
  return out;
}

// `pnpm package`: builds the packages the server bundles, then for each VS Code
// target bundles the extension with that target's @node-rs/jieba binary (fetched
// from the npm registry when it is not this machine's, see scripts/jieba-platform.mjs)
// and writes huibao-vscode-<target>-<version>.vsix. All targets by default
// (scripts/platforms.mjs); `--target <t>` (repeatable) builds only those.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostTarget, targetNames } from './platforms.mjs';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const requested = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--target' ? [arg] : []));
const unknown = requested.filter((target) => !targetNames.includes(target));
if (unknown.length > 0) {
  console.error(`package: no such target ${unknown.join(', ')}; the targets are ${targetNames.join(', ')}`);
  process.exit(1);
}
const targets = requested.length > 0 ? requested : targetNames;
const { version } = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: extensionDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('pnpm', ['--filter', '@huibao/core', '--filter', '@huibao/language-server', 'run', 'build']);
const written = [];
for (const target of targets) {
  const out = join(extensionDir, `huibao-vscode-${target}-${version}.vsix`);
  run(process.execPath, ['scripts/build.mjs', '--target', target]);
  // Dependencies are bundled (and @node-rs/jieba copied into dist/), so vsce must not walk node_modules.
  run(process.execPath, [join(extensionDir, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--target', target, '--out', out]);
  written.push(out);
}
// dist/ would be left holding the last target's binary: rebuild it for this machine.
if (hostTarget() && targets.at(-1) !== hostTarget()) run(process.execPath, ['scripts/build.mjs']);
for (const out of written) console.log(`${out} (${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB)`);

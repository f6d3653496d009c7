// `pnpm package`: builds the packages the server bundles, bundles the extension
// and writes a platform-specific .vsix. The segmenter binary inside is
// @node-rs/jieba's linux-x64-gnu one, so linux-x64 is the only target for now
// (the other platforms' packages are a later part of issue 15).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const targetFlag = process.argv.indexOf('--target');
const target = targetFlag >= 0 ? process.argv[targetFlag + 1] : 'linux-x64';
if (target !== 'linux-x64') {
  console.error(`package: only linux-x64 is built for now (the .vsix carries @node-rs/jieba-linux-x64-gnu), not ${target}`);
  process.exit(1);
}
const { version } = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const out = join(extensionDir, `huibao-vscode-${target}-${version}.vsix`);

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: extensionDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('pnpm', ['--filter', '@huibao/core', '--filter', '@huibao/language-server', 'run', 'build']);
run(process.execPath, ['scripts/build.mjs']);
// Dependencies are bundled (and @node-rs/jieba copied into dist/), so vsce must not walk node_modules.
run(process.execPath, [join(extensionDir, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--target', target, '--out', out]);
console.log(out);

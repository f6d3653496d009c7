// `pnpm package`: builds the packages the server bundles, bundles the extension
// and writes a platform-specific .vsix (the nodejieba binary inside is built for
// this machine). Target: --target <vsce target>, default linux-x64 here.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const targetFlag = process.argv.indexOf('--target');
const target = targetFlag >= 0 ? process.argv[targetFlag + 1] : `${process.platform}-${process.arch}`;
const { version } = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8'));
const out = join(extensionDir, `huibao-vscode-${target}-${version}.vsix`);

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: extensionDir, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('pnpm', ['--filter', '@huibao/core', '--filter', '@huibao/language-server', 'run', 'build']);
run(process.execPath, ['scripts/build.mjs']);
// Dependencies are bundled (and nodejieba copied into dist/), so vsce must not walk node_modules.
run(process.execPath, [join(extensionDir, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--target', target, '--out', out]);
console.log(out);

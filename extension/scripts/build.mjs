// Bundles the extension into dist/: the client (dist/extension.js, `vscode`
// external) and the language server with @huibao/core (dist/server.js).
// The segmenter, @node-rs/jieba, is a native N-API addon, so it is never bundled:
// its JS loader and the target's platform package (the .node binary) are copied to
// dist/node_modules/@node-rs/, where core's `createRequire(import.meta.url)('@node-rs/jieba')`
// finds them from dist/server.js, and the trimmed dictionaries to dist/jieba (see
// src/server-main.ts). nodejieba, core's optional second backend, is not shipped:
// selecting it in the extension gives core's one-line "not installed" error.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { platformPackageDir } from './jieba-platform.mjs';
import { binaryKind, hostTarget, platformPackage, targetNames } from './platforms.mjs';

const extensionDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = join(extensionDir, '..');
const dist = join(extensionDir, 'dist');
const production = !process.argv.includes('--dev');

// In a CommonJS bundle import.meta is empty; core needs a real URL for createRequire.
const importMetaUrlShim = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'inline',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: extensionDir,
};

rmSync(dist, { recursive: true, force: true });
await esbuild.build({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
await esbuild.build({
  ...common,
  entryPoints: ['src/server-main.ts'],
  outfile: 'dist/server.js',
  external: ['@node-rs/jieba', 'nodejieba'],
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: importMetaUrlShim },
});

// @node-rs/jieba: the package as core resolves it, reduced to what loads at run time
// (its own dict.txt is only read when the trimmed dictionary is missing, never here).
// Its index.js requires the platform package by name, and checks its version. The
// platform package is the target's (`--target`, default this machine): the installed
// one for this machine, else the registry's prebuilt one (scripts/jieba-platform.mjs).
const targetFlag = process.argv.indexOf('--target');
const target = targetFlag >= 0 ? process.argv[targetFlag + 1] : hostTarget();
if (!target) throw new Error(`this machine (${process.platform}-${process.arch}) is not a target the extension is built for; pass --target (${targetNames.join(', ')})`);
const { name: platformName, binary: binaryName, format, arch } = platformPackage(target);
const requireFromCore = createRequire(join(repoDir, 'packages/core/package.json'));
const jiebaDir = dirname(requireFromCore.resolve('@node-rs/jieba/package.json'));
const { version: jiebaVersion } = JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8'));
const platformDir = platformPackageDir(target, { jiebaDir, version: jiebaVersion, repoDir });
const binary = join(platformDir, binaryName);
const kind = binaryKind(readFileSync(binary));
if (kind.format !== format || kind.arch !== arch) throw new Error(`${binary} is ${kind.format}/${kind.arch}, not ${format}/${arch} as ${target} needs`);
const modulesOut = join(dist, 'node_modules/@node-rs');
mkdirSync(join(modulesOut, 'jieba'), { recursive: true });
mkdirSync(join(dist, 'node_modules', platformName), { recursive: true });
for (const file of ['index.js', 'package.json', 'LICENSE']) cpSync(join(jiebaDir, file), join(modulesOut, 'jieba', file));
for (const file of ['package.json', binaryName]) cpSync(join(platformDir, file), join(dist, 'node_modules', platformName, file));

// The trimmed dictionary and user words core ships (dict.utf8 is committed; core's build refreshes it).
const dictDir = join(repoDir, 'packages/core/data/jieba');
if (!existsSync(join(dictDir, 'dict.utf8'))) throw new Error(`${dictDir}/dict.utf8 is missing; run \`pnpm --filter @huibao/core build\` first.`);
// jieba-rs carries its HMM model inside the binary: no hmm_model.utf8 to ship.
cpSync(dictDir, join(dist, 'jieba'), { recursive: true });

// The config schema for jsonValidation, from the generated copy at the root.
mkdirSync(join(extensionDir, 'schemas'), { recursive: true });
cpSync(join(repoDir, 'schemas/config.schema.json'), join(extensionDir, 'schemas/config.schema.json'));
console.log(`huibao-vscode: built ${production ? '' : '(dev) '}dist/extension.js, dist/server.js, ${platformName}@${jiebaVersion} (${target}) and dictionaries`);

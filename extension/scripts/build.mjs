// Bundles the extension into dist/: the client (dist/extension.js, `vscode`
// external) and the language server with @huibao/core (dist/server.js).
// The segmenter, @node-rs/jieba, is a native N-API addon, so it is never bundled:
// its JS loader and its platform package (the .node binary) are copied to
// dist/node_modules/@node-rs/, where core's `createRequire(import.meta.url)('@node-rs/jieba')`
// finds them from dist/server.js, and the trimmed dictionaries to dist/jieba (see
// src/server-main.ts). nodejieba, core's optional second backend, is not shipped:
// selecting it in the extension gives core's one-line "not installed" error.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

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
// Its index.js requires the platform package by name, and checks its version.
const platformPackage = '@node-rs/jieba-linux-x64-gnu';
const requireFromCore = createRequire(join(repoDir, 'packages/core/package.json'));
const jiebaDir = dirname(requireFromCore.resolve('@node-rs/jieba/package.json'));
const requireFromJieba = createRequire(join(jiebaDir, 'package.json'));
let platformDir;
try {
  platformDir = dirname(requireFromJieba.resolve(`${platformPackage}/package.json`));
} catch {
  throw new Error(`${platformPackage} is not installed (the .vsix is linux-x64 for now); run \`pnpm install\` on linux-x64.`);
}
const binary = join(platformDir, 'jieba.linux-x64-gnu.node');
if (!existsSync(binary)) throw new Error(`@node-rs/jieba's native binary is missing (${binary}); run \`pnpm install --force\`.`);
const modulesOut = join(dist, 'node_modules/@node-rs');
mkdirSync(join(modulesOut, 'jieba'), { recursive: true });
mkdirSync(join(modulesOut, 'jieba-linux-x64-gnu'), { recursive: true });
for (const file of ['index.js', 'package.json', 'LICENSE']) cpSync(join(jiebaDir, file), join(modulesOut, 'jieba', file));
for (const file of ['package.json', 'jieba.linux-x64-gnu.node']) cpSync(join(platformDir, file), join(modulesOut, 'jieba-linux-x64-gnu', file));

// The trimmed dictionary and user words core ships (dict.utf8 is committed; core's build refreshes it).
const dictDir = join(repoDir, 'packages/core/data/jieba');
if (!existsSync(join(dictDir, 'dict.utf8'))) throw new Error(`${dictDir}/dict.utf8 is missing; run \`pnpm --filter @huibao/core build\` first.`);
// jieba-rs carries its HMM model inside the binary: no hmm_model.utf8 to ship.
cpSync(dictDir, join(dist, 'jieba'), { recursive: true });

// The config schema for jsonValidation, from the generated copy at the root.
mkdirSync(join(extensionDir, 'schemas'), { recursive: true });
cpSync(join(repoDir, 'schemas/config.schema.json'), join(extensionDir, 'schemas/config.schema.json'));
console.log(`huibao-vscode: built ${production ? '' : '(dev) '}dist/extension.js, dist/server.js, @node-rs/jieba (linux-x64-gnu) and dictionaries`);

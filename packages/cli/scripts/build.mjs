// Builds the CLI. Two outputs share dist/:
//  - tsc: the library (`import { lintFiles } from 'huibao'`): dist/*.js and .d.ts, one file per module;
//  - esbuild: the command itself, dist/bin.js and its worker dist/worker.js, written over tsc's two
//    files of the same name. They hold the CLI, @huibao/core and every JavaScript dependency in a few
//    ESM files, because resolving and compiling the ~300 small modules of remark, micromark and the
//    rest took Node's ESM loader ~0.4 s per start, more than the lint of a report.
// The segmenters' native addons (nodejieba, which leaks globals, and @node-rs/jieba) stay outside the
// bundle, required from node_modules (hence huibao's own dependencies on them); its dictionaries are read from @huibao/core's data folder
// (src/dictionary.ts). Modules used by few runs (jszip and @xmldom/xmldom for .docx, exceljs for .xlsx, write-file-atomic for --fix) are
// imported lazily and land in chunks of their own, loaded only when used. Source maps sit beside the
// bundle; bin.ts turns them on for stack traces when HUIBAO_DEBUG is set.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(packageDir, 'dist');

const tsc = spawnSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: packageDir, stdio: 'inherit' });
// tsc has printed its errors.
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const bundle = await esbuild.build({
  absWorkingDir: packageDir,
  entryPoints: { bin: 'src/bin.ts', worker: 'src/worker.ts' },
  outdir: 'dist',
  // Beside bin.js, so that every file of the bundle finds ../package.json and ./worker.js as tsc's files do.
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: ['nodejieba', '@node-rs/jieba'],
  // CommonJS dependencies (commander, iconv-lite, jszip, exceljs, write-file-atomic…) call require() for
  // Node's own modules and read __filename, which ES modules do not have.
  banner: {
    js: [
      "import { createRequire as __huibaoCreateRequire } from 'node:module';",
      "import { fileURLToPath as __huibaoFileURLToPath } from 'node:url';",
      'const require = __huibaoCreateRequire(import.meta.url);',
      'const __filename = __huibaoFileURLToPath(import.meta.url);',
      "const __dirname = __huibaoFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  metafile: true,
  sourcemap: 'linked',
  minify: true,
  logLevel: 'warning',
});

// Chunk names change with their content: remove those of earlier builds (dist/ is not emptied
// first, so that a run of the command during a build, or a failed build, still finds one).
const written = new Set(Object.keys(bundle.metafile.outputs).map((path) => join(packageDir, path)));
for (const name of readdirSync(dist)) {
  const path = join(dist, name);
  if (/-[A-Z0-9]{8}\.js(\.map)?$/.test(name) && !written.has(path) && !written.has(path.replace(/\.map$/, ''))) rmSync(path);
}

// The bundle must start and know its version (cli.ts reads ../package.json from where it runs).
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const printed = execFileSync(process.execPath, [join(dist, 'bin.js'), '--version'], { encoding: 'utf8' }).trim();
if (printed !== version) throw new Error(`huibao: the bundled dist/bin.js printed "${printed}" for --version, expected "${version}"`);
console.log(`huibao: built dist/ (library) and the bundled command dist/bin.js, dist/worker.js and their chunks`);

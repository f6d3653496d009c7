// Opens each platform .vsix (a ZIP) and checks it carries its own target's segmenter:
// the manifest's TargetPlatform, one .node binary — the target's @node-rs/jieba
// platform package, whose ELF / PE / Mach-O header names the target's CPU — the
// loader, the bundles and the trimmed dictionary (extension/scripts/platforms.mjs).
// Run by run.mjs after `pnpm package`; alone: `node test/e2e/vscode/vsix.mjs`
// checks every huibao-vscode-<target>-*.vsix in extension/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { binaryKind, platformPackage, targetNames, vsixProblems } from '../../../extension/scripts/platforms.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const extensionDir = join(repo, 'extension');

/** The .vsix built for each target in extension/ (exactly one each, else an error). */
export function builtVsixFiles() {
  const files = readdirSync(extensionDir);
  return Object.fromEntries(
    targetNames.map((target) => {
      const found = files.filter((f) => f.startsWith(`huibao-vscode-${target}-`) && f.endsWith('.vsix'));
      if (found.length !== 1) throw new Error(`expected one ${target} .vsix in extension/, found: ${found.join(', ') || 'none'}`);
      return [target, join(extensionDir, found[0])];
    }),
  );
}

/** Checks one .vsix; throws listing what is wrong, else returns what its binary is. */
export async function checkVsix(file, target) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const entries = new Map();
  for (const entry of Object.values(zip.files)) if (!entry.dir) entries.set(entry.name, await entry.async('uint8array'));
  const problems = vsixProblems(entries, target);
  if (problems.length > 0) throw new Error(`${relative(repo, file)} (${target}):\n  ${problems.join('\n  ')}`);
  const { name, binary } = platformPackage(target);
  const bytes = entries.get(`extension/dist/node_modules/${name}/${binary}`);
  return { binary, ...binaryKind(bytes), binaryBytes: bytes.byteLength, vsixBytes: readFileSync(file).byteLength };
}

/** Checks every target's .vsix, printing one line each. */
export async function checkAllVsix() {
  for (const [target, file] of Object.entries(builtVsixFiles())) {
    const { binary, format, arch, binaryBytes, vsixBytes } = await checkVsix(file, target);
    console.log(`✓ ${relative(repo, file)}: ${binary} (${format}/${arch}, ${(binaryBytes / 1e6).toFixed(1)} MB), dictionary; ${(vsixBytes / 1e6).toFixed(1)} MB`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await checkAllVsix();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

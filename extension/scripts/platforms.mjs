// The VS Code targets the extension is packaged for, each with the @node-rs/jieba
// platform package that holds its segmenter binary, and a reader of a binary's
// header (ELF, PE or Mach-O, and the CPU it was built for) so the build and the
// tests can tell that a .vsix carries the binary of its own target.

/**
 * VS Code target → @node-rs/jieba's platform package for it. `triple` is the suffix
 * the loader (@node-rs/jieba/index.js) requires, `@node-rs/jieba-<triple>`, whose
 * binary is `jieba.<triple>.node`. Linux targets are glibc (`alpine-*` would be musl).
 */
export const targets = {
  'linux-x64': { triple: 'linux-x64-gnu', format: 'elf', arch: 'x64' },
  'linux-arm64': { triple: 'linux-arm64-gnu', format: 'elf', arch: 'arm64' },
  'win32-x64': { triple: 'win32-x64-msvc', format: 'pe', arch: 'x64' },
  'darwin-x64': { triple: 'darwin-x64', format: 'macho', arch: 'x64' },
  'darwin-arm64': { triple: 'darwin-arm64', format: 'macho', arch: 'arm64' },
};

export const targetNames = Object.keys(targets);

/** The platform package and its binary's file name for a VS Code target. */
export function platformPackage(target) {
  const entry = targets[target];
  if (!entry) throw new Error(`unknown target ${target}; the .vsix is built for ${targetNames.join(', ')}`);
  return { ...entry, name: `@node-rs/jieba-${entry.triple}`, binary: `jieba.${entry.triple}.node` };
}

/** The VS Code target of this machine, or undefined when it is not one the extension is built for. */
export function hostTarget(platform = process.platform, arch = process.arch) {
  const name = `${platform}-${arch}`;
  return name in targets ? name : undefined;
}

const elfMachines = { 0x3e: 'x64', 0xb7: 'arm64', 0x03: 'ia32', 0x28: 'arm' };
const peMachines = { 0x8664: 'x64', 0xaa64: 'arm64', 0x014c: 'ia32' };
const machoCpus = { 0x01000007: 'x64', 0x0100000c: 'arm64', 0x07: 'ia32' };

/**
 * The executable format and CPU of a native binary, from its header: ELF's e_machine,
 * PE's COFF Machine, Mach-O's cputype (a universal Mach-O gives arch `universal`).
 * Unknown formats or machines give `unknown` rather than a guess.
 */
export function binaryKind(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 20 && buf.readUInt32BE(0) === 0x7f454c46) {
    const machine = buf[5] === 2 ? buf.readUInt16BE(18) : buf.readUInt16LE(18);
    return { format: 'elf', arch: elfMachines[machine] ?? 'unknown' };
  }
  if (buf.length >= 0x40 && buf.toString('latin1', 0, 2) === 'MZ') {
    const pe = buf.readUInt32LE(0x3c);
    if (pe + 6 <= buf.length && buf.readUInt32BE(pe) === 0x50450000) {
      return { format: 'pe', arch: peMachines[buf.readUInt16LE(pe + 4)] ?? 'unknown' };
    }
    return { format: 'unknown', arch: 'unknown' };
  }
  if (buf.length >= 8) {
    const magic = buf.readUInt32LE(0);
    if (magic === 0xfeedfacf || magic === 0xfeedface) return { format: 'macho', arch: machoCpus[buf.readUInt32LE(4)] ?? 'unknown' };
    if (buf.readUInt32BE(0) === 0xcafebabe) return { format: 'macho', arch: 'universal' };
  }
  return { format: 'unknown', arch: 'unknown' };
}

/** The dictionary files the server reads from dist/jieba (see src/server-main.ts). */
export const dictionaryFiles = ['dict.utf8', 'user.utf8', 'idf.utf8', 'stop.utf8'];

/**
 * What is wrong with a .vsix for `target`, given its entries (path → bytes): its
 * manifest's TargetPlatform, the one native binary (the target's, with a header for
 * the target's format and CPU), the loader, the server bundle and the dictionary.
 * An empty list means the package is right.
 */
export function vsixProblems(entries, target) {
  const { name, binary, format, arch } = platformPackage(target);
  const problems = [];
  const manifest = entries.get('extension.vsixmanifest');
  const declared = manifest && /TargetPlatform="([^"]*)"/.exec(Buffer.from(manifest).toString('utf8'))?.[1];
  if (declared !== target) problems.push(`extension.vsixmanifest declares TargetPlatform ${declared ?? '(none)'}, not ${target}`);
  const nodeFiles = [...entries.keys()].filter((path) => path.endsWith('.node'));
  const expected = `extension/dist/node_modules/${name}/${binary}`;
  if (nodeFiles.length !== 1 || nodeFiles[0] !== expected) problems.push(`native binaries ${JSON.stringify(nodeFiles)}, expected only ${expected}`);
  const bytes = entries.get(expected);
  if (bytes) {
    const kind = binaryKind(bytes);
    if (kind.format !== format || kind.arch !== arch) problems.push(`${binary} is ${kind.format}/${kind.arch}, expected ${format}/${arch}`);
  }
  if (!entries.has(`extension/dist/node_modules/${name}/package.json`)) problems.push(`${name}/package.json is missing`);
  for (const file of ['extension/dist/node_modules/@node-rs/jieba/index.js', 'extension/dist/server.js', 'extension/dist/extension.js']) {
    if (!entries.has(file)) problems.push(`${file} is missing`);
  }
  for (const file of dictionaryFiles) {
    const dict = entries.get(`extension/dist/jieba/${file}`);
    if (!dict || dict.byteLength === 0) problems.push(`the dictionary file dist/jieba/${file} is ${dict ? 'empty' : 'missing'}`);
  }
  return problems;
}

// The target → @node-rs/jieba platform package mapping the platform .vsix files are
// built from, and the header check that tells a binary's format and CPU. Building
// and unpacking the five .vsix files (which downloads four platform packages) is in
// the VS Code end-to-end suite (test/e2e/vscode/vsix.mjs); these run without network.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { binaryKind, dictionaryFiles, hostTarget, platformPackage, targetNames, vsixProblems } from '../scripts/platforms.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const requireFromCore = createRequire(join(root, '../packages/core/package.json'));
const jiebaDir = dirname(requireFromCore.resolve('@node-rs/jieba/package.json'));
const jieba = JSON.parse(readFileSync(join(jiebaDir, 'package.json'), 'utf8')) as { version: string; optionalDependencies: Record<string, string> };
const loader = readFileSync(join(jiebaDir, 'index.js'), 'utf8');

/** Minimal headers: what each format's reader looks at, nothing more. */
function elf(machine: number): Uint8Array {
  const b = Buffer.alloc(64);
  b.writeUInt32BE(0x7f454c46, 0);
  b[4] = 2; // 64-bit
  b[5] = 1; // little-endian
  b.writeUInt16LE(machine, 18);
  return b;
}
function pe(machine: number): Uint8Array {
  const b = Buffer.alloc(0x100);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(machine, 0x84);
  return b;
}
function macho(cpu: number): Uint8Array {
  const b = Buffer.alloc(32);
  b.writeUInt32LE(0xfeedfacf, 0);
  b.writeUInt32LE(cpu, 4);
  return b;
}

describe('VS Code targets → @node-rs/jieba platform packages', () => {
  it('covers the five targets, each with the package and binary name the loader requires', () => {
    expect(targetNames).toEqual(['linux-x64', 'linux-arm64', 'win32-x64', 'darwin-x64', 'darwin-arm64']);
    expect(targetNames.map((t) => platformPackage(t).name)).toEqual([
      '@node-rs/jieba-linux-x64-gnu',
      '@node-rs/jieba-linux-arm64-gnu',
      '@node-rs/jieba-win32-x64-msvc',
      '@node-rs/jieba-darwin-x64',
      '@node-rs/jieba-darwin-arm64',
    ]);
    for (const target of targetNames) {
      const { name, binary } = platformPackage(target);
      // Published at the installed loader's version, and required by name by its index.js.
      expect(jieba.optionalDependencies[name], name).toBe(jieba.version);
      expect(loader).toContain(`require('${name}')`);
      expect(loader).toContain(`require('./${binary}')`);
    }
  });

  it('knows the machine it runs on and refuses unknown targets', () => {
    expect(hostTarget('linux', 'x64')).toBe('linux-x64');
    expect(hostTarget('darwin', 'arm64')).toBe('darwin-arm64');
    expect(hostTarget('win32', 'arm64')).toBeUndefined();
    expect(() => platformPackage('web')).toThrow(/unknown target web/);
  });
});

describe('binaryKind (the header check)', () => {
  it('reads ELF e_machine, PE Machine and Mach-O cputype', () => {
    expect(binaryKind(elf(0x3e))).toEqual({ format: 'elf', arch: 'x64' });
    expect(binaryKind(elf(0xb7))).toEqual({ format: 'elf', arch: 'arm64' });
    expect(binaryKind(pe(0x8664))).toEqual({ format: 'pe', arch: 'x64' });
    expect(binaryKind(pe(0xaa64))).toEqual({ format: 'pe', arch: 'arm64' });
    expect(binaryKind(macho(0x01000007))).toEqual({ format: 'macho', arch: 'x64' });
    expect(binaryKind(macho(0x0100000c))).toEqual({ format: 'macho', arch: 'arm64' });
  });

  it('says unknown rather than guessing', () => {
    expect(binaryKind(elf(0x1234))).toEqual({ format: 'elf', arch: 'unknown' });
    expect(binaryKind(Buffer.from('MZ but no PE header, just text padding it out to sixty-four bytes or more.'))).toEqual({ format: 'unknown', arch: 'unknown' });
    expect(binaryKind(Buffer.from('#!/bin/sh\n'))).toEqual({ format: 'unknown', arch: 'unknown' });
    expect(binaryKind(new Uint8Array(0))).toEqual({ format: 'unknown', arch: 'unknown' });
  });

  it('recognises the installed linux-x64 binary', () => {
    const { name, binary } = platformPackage('linux-x64');
    const dir = dirname(createRequire(join(jiebaDir, 'package.json')).resolve(`${name}/package.json`));
    expect(binaryKind(readFileSync(join(dir, binary)))).toEqual({ format: 'elf', arch: 'x64' });
  });
});

describe('vsixProblems (what the e2e suite checks in each .vsix)', () => {
  async function vsix(target: string, binaryPath: string, binaryBytes: Uint8Array, { dictionary = true } = {}) {
    const zip = new JSZip();
    zip.file('extension.vsixmanifest', `<Identity Id="huibao-vscode" TargetPlatform="${target}" />`);
    zip.file('extension/dist/server.js', '');
    zip.file('extension/dist/extension.js', '');
    zip.file('extension/dist/node_modules/@node-rs/jieba/index.js', '');
    zip.file(`${dirname(binaryPath)}/package.json`, '{}');
    zip.file(binaryPath, binaryBytes);
    if (dictionary) for (const file of dictionaryFiles) zip.file(`extension/dist/jieba/${file}`, '词 1 n\n');
    // Round-trip through the ZIP format, as the e2e check reads a real .vsix.
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
    const entries = new Map<string, Uint8Array>();
    for (const entry of Object.values(loaded.files)) if (!entry.dir) entries.set(entry.name, await entry.async('uint8array'));
    return entries;
  }
  const at = (target: string) => `extension/dist/node_modules/${platformPackage(target).name}/${platformPackage(target).binary}`;

  it('accepts a package with its own target binary and the dictionary', async () => {
    expect(vsixProblems(await vsix('darwin-arm64', at('darwin-arm64'), macho(0x0100000c)), 'darwin-arm64')).toEqual([]);
    expect(vsixProblems(await vsix('win32-x64', at('win32-x64'), pe(0x8664)), 'win32-x64')).toEqual([]);
  });

  it('rejects a binary for the wrong CPU, another target’s binary, a wrong manifest and a missing dictionary', async () => {
    expect(vsixProblems(await vsix('linux-arm64', at('linux-arm64'), elf(0x3e)), 'linux-arm64')).toEqual([
      'jieba.linux-arm64-gnu.node is elf/x64, expected elf/arm64',
    ]);
    expect(vsixProblems(await vsix('darwin-x64', at('linux-x64'), elf(0x3e)), 'darwin-x64').join('\n')).toMatch(/expected only .*jieba-darwin-x64\/jieba\.darwin-x64\.node/);
    expect(vsixProblems(await vsix('linux-x64', at('linux-x64'), elf(0x3e)), 'linux-arm64').join('\n')).toMatch(/TargetPlatform linux-x64, not linux-arm64/);
    expect(vsixProblems(await vsix('linux-x64', at('linux-x64'), elf(0x3e), { dictionary: false }), 'linux-x64')).toContain(
      'the dictionary file dist/jieba/dict.utf8 is missing',
    );
  });
});

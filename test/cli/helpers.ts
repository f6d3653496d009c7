/**
 * Running the built CLI as a user would: `node packages/cli/dist/bin.js …`,
 * in a temporary folder, with stdin and environment under the test's control.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const root = resolve(import.meta.dirname, '../..');
export const bin = join(root, 'packages/cli/dist/bin.js');
export const fixture = (name: string) => join(root, 'fixtures/cli', name);
export const seed = join(root, 'fixtures/reports/seed.txt');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * How to start a process that file permissions bind. root reads and writes any file through two
 * capabilities (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH); `setpriv` (util-linux, on every Debian) drops
 * them from the bounding set, so the process stays root, reaches the clone wherever it lives (a mode-700
 * home folder included), yet a mode-000 file or folder is refused to it as to any user.
 */
export const permissionsBind: readonly string[] =
  process.getuid?.() === 0 ? ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', process.execPath] : [process.execPath];

export function huibao(
  args: readonly string[],
  options: { cwd?: string; input?: string | Uint8Array; env?: Record<string, string>; permissionsBind?: boolean } = {},
): Run {
  const [command, ...prefix] = options.permissionsBind ? permissionsBind : [process.execPath];
  const result = spawnSync(command!, [...prefix, bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    // No colour unless a test asks: the output is compared as text.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh folder holding copies of the named fixtures (fixtures/cli/<name>). */
export function workspace(...fixtures: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-'));
  for (const name of fixtures) cpSync(fixture(name), join(dir, name));
  return dir;
}

/** iconv-lite is the core's dependency; tests borrow it to make GBK bytes independently of encodeText. */
export const iconv = createRequire(join(root, 'packages/core/package.json'))('iconv-lite') as {
  encode(text: string, encoding: string): Buffer;
  decode(bytes: Buffer, encoding: string): string;
};

export function schemaValidator(name: 'lint-result' | 'outline') {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(JSON.parse(readFileSync(join(root, `schemas/${name}.schema.json`), 'utf8')) as object);
}

export function json<T = unknown>(text: string): T {
  return JSON.parse(text) as T;
}

/** The figure checks of a run over reports that state no total/part relation: each checked, none there. */
export const noFigures = { checked: 0, holds: 0, mismatch: 0, uncertain: 0, notAssessable: 0 } as const;

/**
 * The CLI under faults: files and folders it may not read, a disk that fills
 * during --fix, a file changed by someone else between read and write, Ctrl+C
 * in the middle of fixing many files, and --fix on every real report. Each
 * ends with one clear line, a non-zero exit, and no file half-written or lost.
 *
 * Faults are made by a small module preloaded into the CLI's process
 * (NODE_OPTIONS=--import) that wraps Node's own fs functions: the CLI is the
 * built one, unchanged, and knows nothing of the test.
 */
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, fixture, huibao, iconv, json, root, seed, workspace } from './helpers.js';

interface Edit {
  range: { start: { offset: number }; end: { offset: number } };
  newText: string;
}
interface Finding {
  ruleId: string;
  fixes?: Array<{ safe: boolean; edits: Edit[] }>;
}
type Run = { files: Array<{ path: string; encoding: string; diagnostics: Finding[] }> };

const smallText = readFileSync(fixture('small.md'), 'utf8');
// By hand: 截止 → 截至 and the half-width ; → ；, nothing else (as in fix-and-encodings.test.ts).
const smallFixed = smallText.replace('截止目前，全镇共排查企业*家;', '截至目前，全镇共排查企业*家；');

/** root reads any file: the permission tests run the CLI without root's power over permissions (helpers.ts). */
const bound = { permissionsBind: true } as const;

/** A module preloaded into the CLI's process to make one fault; `HUIBAO_FAULT_PATH` names its target. */
function preload(source: string): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-fault-'));
  const path = join(dir, 'fault.mjs');
  writeFileSync(path, source);
  return { NODE_OPTIONS: `--import=${path}` };
}

/**
 * A full disk: any write to a file in the target's folder (the target itself or
 * a temporary file beside it) puts half its bytes down, then fails with ENOSPC,
 * as a disk that fills mid-write does.
 */
const diskFull = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { dirname, resolve } from 'node:path';
const folder = dirname(resolve(process.env.HUIBAO_FAULT_PATH));
const inFolder = (path) => typeof path === 'string' && dirname(resolve(path)) === folder;
const fdInFolder = (fd) => { try { return inFolder(fs.readlinkSync('/proc/self/fd/' + fd)); } catch { return false; } };
const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
const half = (data) => (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength)).subarray(0, Math.ceil((data.length ?? 0) / 2));
const { write, writeSync, writeFile, writeFileSync } = fs;
const writeFilePromise = fs.promises.writeFile;
fs.write = function (fd, data, ...rest) {
  if (!fdInFolder(fd)) return write.call(this, fd, data, ...rest);
  writeSync(fd, half(data));
  const callback = rest[rest.length - 1];
  process.nextTick(() => callback(enospc()));
};
fs.writeSync = function (fd, data, ...rest) {
  if (!fdInFolder(fd)) return writeSync.call(this, fd, data, ...rest);
  writeSync(fd, half(data));
  throw enospc();
};
fs.writeFile = function (path, data, ...rest) {
  if (!inFolder(path)) return writeFile.call(this, path, data, ...rest);
  writeFileSync(path, half(data));
  process.nextTick(() => rest[rest.length - 1](enospc()));
};
fs.writeFileSync = function (path, data, ...rest) {
  if (!inFolder(path)) return writeFileSync.call(this, path, data, ...rest);
  writeFileSync(path, half(data));
  throw enospc();
};
fs.promises.writeFile = async function (path, data, ...rest) {
  if (!inFolder(path)) return writeFilePromise.call(this, path, data, ...rest);
  writeFileSync(path, half(data));
  throw enospc();
};
syncBuiltinESMExports();
`;

/**
 * Someone else edits the file just after the CLI first reads it: whatever the
 * CLI then does, the file holds their text. The first read of the target (by
 * any of Node's readFile functions) returns the old bytes, then the file changes.
 */
const editedAfterRead = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';
const target = resolve(process.env.HUIBAO_FAULT_PATH);
let edited = false;
const editOnce = (path) => {
  if (edited || typeof path !== 'string' || resolve(path) !== target) return;
  edited = true;
  fs.appendFileSync(target, process.env.HUIBAO_FAULT_TEXT);
};
const { readFile, readFileSync } = fs;
const readFilePromise = fs.promises.readFile;
fs.promises.readFile = async function (path, ...rest) {
  const bytes = await readFilePromise.call(this, path, ...rest);
  editOnce(path);
  return bytes;
};
fs.readFileSync = function (path, ...rest) {
  const bytes = readFileSync.call(this, path, ...rest);
  editOnce(path);
  return bytes;
};
fs.readFile = function (path, ...rest) {
  const callback = rest.pop();
  readFile.call(this, path, ...rest, (error, bytes) => {
    if (!error) editOnce(path);
    callback(error, bytes);
  });
};
syncBuiltinESMExports();
`;

/** Every file under `dir`, relative, sorted: what is there after a run (temporary files included). */
function listing(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((p) => statSync(join(dir, p)).isFile()).sort();
}

describe('unreadable inputs', () => {
  it('a file it may not read: one line, exit 2, the other file still fixed, the unreadable one untouched', () => {
    const dir = workspace('small.md', 'clean.md');
    const clean = join(dir, 'clean.md');
    const cleanBytes = readFileSync(clean);
    chmodSync(clean, 0o000);
    const run = huibao(['lint', '--fix', 'small.md', 'clean.md', '--format', 'json'], { cwd: dir, ...bound });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual(['huibao: clean.md：无法读取（EACCES）', 'huibao: 已修复 small.md：2 处']);
    expect(json<Run>(run.stdout).files.map((f) => f.path)).toEqual(['small.md']);
    expect(readFileSync(join(dir, 'small.md'), 'utf8')).toBe(smallFixed);
    expect(statSync(clean).mode & 0o777).toBe(0o000);
    expect(readFileSync(clean)).toEqual(cleanBytes);
    expect(listing(dir)).toEqual(['clean.md', 'small.md']);
  });

  it('a folder it may not search: named, exit 2, the rest of the tree still linted; a path inside it is unreadable, not missing', () => {
    const dir = workspace();
    for (const folder of ['sub', 'locked']) mkdirSync(join(dir, folder));
    cpSync(fixture('small.md'), join(dir, 'a.md'));
    cpSync(fixture('small.md'), join(dir, 'sub', 'b.md'));
    cpSync(fixture('small.md'), join(dir, 'locked', 'c.md'));
    chmodSync(join(dir, 'sub'), 0o755);
    chmodSync(join(dir, 'locked'), 0o000);

    const run = huibao(['lint', '.', '--format', 'json'], { cwd: dir, ...bound });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: locked：无法读取（EACCES）\n');
    const files = json<Run>(run.stdout).files;
    expect(files.map((f) => f.path)).toEqual(['a.md', 'sub/b.md']);
    // Linted, not just listed: the slip 截止 is found in both.
    for (const file of files) expect(file.diagnostics.map((d) => d.ruleId)).toContain('confusable');

    const inside = huibao(['lint', 'locked/c.md', '--locale', 'en'], { cwd: dir, ...bound });
    expect(inside.status).toBe(2);
    expect(inside.stderr).toBe('huibao: locked/c.md: cannot read (EACCES)\n');
  });
});

describe('--fix when the write cannot be done', () => {
  it('disk full: one line naming the file, exit 2, the file byte-identical, no temporary file left', () => {
    const dir = workspace('small.md');
    const path = join(dir, 'small.md');
    const before = readFileSync(path);
    const run = huibao(['lint', '--fix', 'small.md', '--format', 'json'], { cwd: dir, env: { ...preload(diskFull), HUIBAO_FAULT_PATH: path } });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: small.md：无法写入（ENOSPC），文件未改动\n');
    expect(readFileSync(path)).toEqual(before);
    expect(listing(dir)).toEqual(['small.md']);
    // What is reported is the file as it stands: the unfixed slips are still there, still fixable.
    const left = json<Run>(run.stdout).files[0]!.diagnostics.filter((d) => d.fixes?.some((f) => f.safe)).map((d) => d.ruleId);
    expect(left.sort()).toEqual(['confusable', 'punctuation']);
  });

  it('changed by someone else after it was read: refused, named, exit 2, their text kept', () => {
    const dir = workspace('small.md');
    const path = join(dir, 'small.md');
    const theirs = '\n三、他人补充的内容\n';
    const env = { ...preload(editedAfterRead), HUIBAO_FAULT_PATH: path, HUIBAO_FAULT_TEXT: theirs };
    const run = huibao(['lint', '--fix', 'small.md', '--format', 'json'], { cwd: dir, env });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('huibao: small.md 在检查期间被修改，未写入\n');
    expect(readFileSync(path, 'utf8')).toBe(smallText + theirs);
    expect(listing(dir)).toEqual(['small.md']);
  });
});

describe('Ctrl+C during --fix over many files', () => {
  // 300 small files are linted in the main thread alone; --concurrency 2 adds a worker thread.
  it.each([[[]], [['--concurrency', '2']]])('stops between files: exit 130, each file wholly original or wholly fixed, no temporary file (%j)', async (threads: string[]) => {
    const dir = workspace();
    const names = Array.from({ length: 300 }, (_, i) => `r${String(i + 1).padStart(3, '0')}.md`);
    for (const name of names) writeFileSync(join(dir, name), smallText);
    const child = spawn(process.execPath, [bin, 'lint', '--fix', ...threads, '.'], { cwd: dir, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let running = true;
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    void exited.then(() => (running = false));

    // Files are taken in order: once the first is written, the run is under way.
    while (running && readFileSync(join(dir, names[0]!), 'utf8') === smallText) await new Promise((r) => setTimeout(r, 10));
    expect(running).toBe(true);
    child.kill('SIGINT');
    const status = await exited;

    expect(status).toBe(130);
    const fixed = names.filter((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      if (text !== smallText) expect(text, name).toBe(smallFixed);
      return text === smallFixed;
    });
    expect(fixed.length).toBeGreaterThan(0);
    expect(fixed.length).toBeLessThan(names.length);
    expect(listing(dir)).toEqual(names);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines.at(-1)).toBe(`huibao: 已中断：检查了 ${fixed.length}/300 个文件，其余的未检查也未改动`);
    expect(lines.slice(0, -1)).toEqual(fixed.map((name) => `huibao: 已修复 ${name}：2 处`));
  });
});

describe('--fix on every report in fixtures/reports and fixtures/corpus', () => {
  it('changes exactly the spans of the safe fixes (pass after pass), keeps each encoding, and a second run changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huibao-fix-all-'));
    cpSync(join(root, 'fixtures/reports'), join(dir, 'reports'), { recursive: true });
    cpSync(join(root, 'fixtures/corpus'), join(dir, 'corpus'), { recursive: true });
    // The seed again in the encodings the fixtures hold no fixes in, made here by iconv-lite (not the core's encoder).
    const seedText = readFileSync(seed, 'utf8');
    writeFileSync(join(dir, 'reports/seed-gbk-crlf.txt'), iconv.encode(seedText.replace(/\n/g, '\r\n'), 'gbk'));
    writeFileSync(join(dir, 'reports/seed-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(seedText, 'utf-16le')]));
    // An English list of sources, no report: a folder run under --enable auto (the default) neither lints nor fixes it.
    const notReports = ['corpus/SOURCES.md'];
    const reports = listing(dir).filter((p) => /\.(md|txt)$/.test(p) && !notReports.includes(p));
    const notReportBytes = notReports.map((p) => readFileSync(join(dir, p)));
    const before = new Map(reports.map((p) => [p, readFileSync(join(dir, p))]));
    // What is to be fixed is read from an untouched copy, while the fix runs beside it (two runs at once save time).
    const copy = mkdtempSync(join(tmpdir(), 'huibao-fix-all-copy-'));
    cpSync(dir, copy, { recursive: true });
    const [lintRun, fix] = await Promise.all([
      huibaoAsync(['lint', '.', '--format', 'json'], copy),
      huibaoAsync(['lint', '--fix', '.', '--format', 'json'], dir),
    ]);

    expect(fix.status).not.toBe(2);
    expect(fix.stderr).toContain('huibao: 跳过 1 个不像中文汇报的文件（--enable always 则一并检查）：corpus/SOURCES.md\n');
    notReports.forEach((p, i) => expect(readFileSync(join(dir, p)).equals(notReportBytes[i]!), p).toBe(true));
    const after = new Map(reports.map((p) => [p, readFileSync(join(dir, p))]));
    const changed = reports.filter((p) => !after.get(p)!.equals(before.get(p)!));
    // A second --fix on what the first changed (the other files were its input already, unchanged),
    // run while the expected texts are worked out.
    const first = json<Run>(lintRun.stdout);
    const encodings = new Map(first.files.map((f) => [f.path, f.encoding]));
    const [again, expected] = await Promise.all([huibaoAsync(['lint', '--fix', ...changed], dir), expectedAfterFixes(first, before, encodings)]);

    expect(first.files.map((f) => f.path).sort()).toEqual(reports);
    for (const path of reports) {
      const want = Buffer.concat([bomOf(before.get(path)!), iconv.encode(expected.get(path)!, encodings.get(path)!)]);
      expect(after.get(path)!.equals(want), path).toBe(true);
    }
    expect(changed).toEqual(expect.arrayContaining(['reports/seed.txt', 'reports/seed-gbk-crlf.txt', 'reports/seed-utf16le.txt', 'corpus/real-1.txt']));
    expect(listing(dir).filter((p) => !p.endsWith('.json'))).toEqual([...reports, ...notReports].sort());
    const leftFixable = json<Run>(fix.stdout).files.flatMap((f) => f.diagnostics.filter((d) => d.fixes?.some((x) => x.safe)).map((d) => `${f.path} ${d.ruleId}`));
    expect(leftFixable).toEqual([]);

    expect(again.stderr).not.toContain('已修复');
    for (const path of reports) expect(readFileSync(join(dir, path)).equals(after.get(path)!), path).toBe(true);
  });
});

/**
 * The text --fix should leave, worked out apart from it: take each pass's safe
 * fixes from the JSON output, apply them from the original text (the earliest
 * first; one that overlaps a fix already taken waits for the next pass), and lint
 * the result again (as UTF-8 copies in a mirror folder) until no safe fix is left.
 */
async function expectedAfterFixes(first: Run, bytes: Map<string, Buffer>, encodings: Map<string, string>): Promise<Map<string, string>> {
  const texts = new Map([...bytes].map(([p, b]) => [p, decode(b, encodings.get(p)!)]));
  let run = first;
  for (let pass = 0; pass < 10; pass++) {
    // Only the files changed in this pass can have fixes left for the next.
    const mirror = mkdtempSync(join(tmpdir(), 'huibao-fix-mirror-'));
    const changed: string[] = [];
    for (const file of run.files) {
      const next = applySafeFixes(texts.get(file.path)!, file.diagnostics);
      if (next === texts.get(file.path)) continue;
      texts.set(file.path, next);
      mkdirSync(dirname(join(mirror, file.path)), { recursive: true });
      writeFileSync(join(mirror, file.path), next);
      changed.push(file.path);
    }
    if (changed.length === 0) return texts;
    run = json<Run>((await huibaoAsync(['lint', ...changed, '--format', 'json'], mirror)).stdout);
  }
  throw new Error('fixes did not settle in 10 passes');
}

function applySafeFixes(text: string, diagnostics: readonly Finding[]): string {
  const fixes = diagnostics
    .map((d) => d.fixes?.find((f) => f.safe)?.edits.map((e) => ({ start: e.range.start.offset, end: e.range.end.offset, newText: e.newText })))
    .filter((edits) => edits !== undefined && edits.length > 0)
    .map((edits) => edits!.sort((a, b) => a.start - b.start))
    .sort((a, b) => a[0]!.start - b[0]!.start || a.at(-1)!.end - b.at(-1)!.end);
  let out = '';
  let cursor = 0;
  for (const edits of fixes) {
    if (edits[0]!.start < cursor) continue;
    for (const edit of edits) {
      out += text.slice(cursor, edit.start) + edit.newText;
      cursor = edit.end;
    }
  }
  return out + text.slice(cursor);
}

function bomOf(bytes: Buffer): Buffer {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(0, 3);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return bytes.subarray(0, 2);
  return Buffer.alloc(0);
}

/** The CLI run without blocking, so two runs can overlap. */
function huibaoAsync(args: readonly string[], cwd: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** Decoded without its BOM, by iconv-lite (which drops a BOM). */
function decode(bytes: Buffer, encoding: string): string {
  return iconv.decode(bytes, encoding);
}

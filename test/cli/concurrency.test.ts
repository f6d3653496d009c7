/**
 * Threads: by default a few small files are linted in the main thread alone
 * (a worker would cost more to start than it saves); `--concurrency n` lints on
 * n threads, and the result is the same, file for file, in the same order.
 *
 * Which thread read which file is seen by a module preloaded into the CLI's
 * process and its workers (NODE_OPTIONS=--import), as in faults.test.ts.
 */
import { cpSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseThreads, BYTES_PER_EXTRA_THREAD } from '../../packages/cli/src/worker-pool.js';
import type { LintTask } from '../../packages/cli/src/lint-task.js';
import { huibao, json, root } from './helpers.js';

/**
 * Logs `main <file>` or `worker <file>` for each report a thread reads, and
 * counts workers started. With HUIBAO_TEST_WAIT_FOR_WORKER the main thread
 * reads its first report only once a worker has read one, so both surely lint.
 */
const threadLog = `
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';
import wt from 'node:worker_threads';
const log = process.env.HUIBAO_TEST_THREAD_LOG;
const thread = wt.isMainThread ? 'main' : 'worker';
const seen = (path) => {
  if (typeof path !== 'string' || !/\\.(md|txt)$/.test(path)) return;
  if (thread === 'main' && process.env.HUIBAO_TEST_WAIT_FOR_WORKER) {
    // Bounded, so that a worker that never lints fails the test instead of hanging it.
    const until = Date.now() + 20000;
    const pause = new Int32Array(new SharedArrayBuffer(4));
    while (!fs.readFileSync(log, 'utf8').includes('worker ') && Date.now() < until) Atomics.wait(pause, 0, 0, 5);
  }
  fs.appendFileSync(log, thread + ' ' + basename(path) + '\\n');
};
// Reports are read by either of these.
const { readFileSync } = fs;
const readFile = fs.promises.readFile;
fs.readFileSync = function (path, ...rest) {
  seen(path);
  return readFileSync.call(this, path, ...rest);
};
fs.promises.readFile = async function (path, ...rest) {
  seen(path);
  return readFile.call(this, path, ...rest);
};
if (wt.isMainThread) {
  const Worker = wt.Worker;
  wt.Worker = class extends Worker {
    constructor(...args) {
      super(...args);
      fs.appendFileSync(log, 'started a worker\\n');
    }
  };
}
syncBuiltinESMExports();
`;

function withThreadLog(env: Record<string, string> = {}): { env: Record<string, string>; lines: () => string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-threads-'));
  const preload = join(dir, 'thread-log.mjs');
  const log = join(dir, 'threads.log');
  writeFileSync(preload, threadLog);
  writeFileSync(log, '');
  return {
    env: { NODE_OPTIONS: `--import=${preload}`, HUIBAO_TEST_THREAD_LOG: log, ...env },
    lines: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
  };
}

/** In the corpus folder but no report: an English list of sources, read and then skipped under --enable auto. */
const NOT_REPORTS = ['SOURCES.md'];
const skippedLine = 'huibao: 跳过 1 个不像中文汇报的文件（--enable always 则一并检查）：corpus/SOURCES.md\n';

/** The real reports: different texts and encodings, so a mix-up between files would show. */
function reportsFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'huibao-threads-reports-'));
  cpSync(join(root, 'fixtures/reports'), join(dir, 'reports'), { recursive: true });
  cpSync(join(root, 'fixtures/corpus'), join(dir, 'corpus'), { recursive: true });
  return dir;
}

describe('--concurrency', () => {
  it('lints on a worker beside the main thread with the same result, file for file, as one thread', () => {
    const dir = reportsFolder();
    const one = huibao(['lint', '.', '--format', 'json', '--concurrency', '1'], { cwd: dir });
    const threads = withThreadLog({ HUIBAO_TEST_WAIT_FOR_WORKER: '1' });
    const two = huibao(['lint', '.', '--format', 'json', '--concurrency', '2'], { cwd: dir, env: threads.env });

    expect(one.stderr).toBe(skippedLine);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
    expect(one.status).toBe(0);
    const files = json<{ files: Array<{ path: string }> }>(one.stdout).files;
    expect(files.length).toBeGreaterThan(10);
    expect(two.stdout).toBe(one.stdout);

    const lines = threads.lines();
    expect(lines.filter((l) => l === 'started a worker')).toHaveLength(1);
    const reads = lines.filter((l) => l !== 'started a worker');
    // Each file read once, by one thread or the other (the one that is no report too, to be told so), and both threads linted.
    expect(reads.map((l) => l.split(' ')[1]).sort()).toEqual([...files.map((f) => f.path.split('/').pop()), ...NOT_REPORTS].sort());
    expect(reads.some((l) => l.startsWith('main '))).toBe(true);
    expect(reads.some((l) => l.startsWith('worker '))).toBe(true);
  });

  it('by default lints a few small reports in the main thread, starting no worker', () => {
    const dir = reportsFolder();
    const threads = withThreadLog();
    const run = huibao(['lint', '.', '--format', 'json'], { cwd: dir, env: threads.env });
    expect(run.status).toBe(0);
    const lines = threads.lines();
    expect(run.stderr).toBe(skippedLine);
    expect(lines.length).toBe(json<{ files: unknown[] }>(run.stdout).files.length + NOT_REPORTS.length);
    expect(lines.every((l) => l.startsWith('main '))).toBe(true);
  });

  it.each(['0', '-1', 'two', '1.5', ''])('rejects --concurrency %j: one line, exit 2', (value) => {
    const run = huibao(['lint', 'fixtures/reports/seed.md', '--concurrency', value]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`huibao: --concurrency ${value}: must be a whole number ≥ 1\n`);
  });
});

describe('chooseThreads (the default)', () => {
  const task = (path: string, bytes?: number): LintTask => ({
    path,
    display: path,
    config: {},
    locale: 'zh-CN',
    ruleOverrides: {},
    fix: 'none',
    ...(bytes !== undefined ? { bytes: new Uint8Array(bytes) } : {}),
  });
  const MB = BYTES_PER_EXTRA_THREAD;
  const reports = (count: number, each: number) => Array.from({ length: count }, (_, i) => task(`r${i}.md`, each));

  it('keeps one file, however large, small batches, and everything on 2 cores in the main thread', () => {
    expect(chooseThreads([task('big.md', 8 * MB)], 8)).toBe(1);
    expect(chooseThreads(reports(200, 4096), 8)).toBe(1);
    // 1,000 reports of 4 KB (as bench/ makes them), 3.8 MB: one core is left to V8's own threads.
    expect(chooseThreads(reports(1000, 4000), 2)).toBe(1);
    expect(chooseThreads(reports(100, MB), 2)).toBe(1);
    expect(chooseThreads(reports(1000, 4000), 1)).toBe(1);
  });

  it('adds a thread per BYTES_PER_EXTRA_THREAD of reports, at most one per file and one per core but one', () => {
    // 4,000,000 bytes = 3.8 × 1,048,576: 1 + 3 threads.
    expect(chooseThreads(reports(1000, 4000), 8)).toBe(4);
    expect(chooseThreads(reports(1000, 4000), 4)).toBe(3);
    expect(chooseThreads(reports(2, 3 * MB), 8)).toBe(2);
    // 3 × 349,525 bytes: one byte short of BYTES_PER_EXTRA_THREAD.
    expect(chooseThreads(reports(3, Math.floor(MB / 3)), 8)).toBe(1);
    expect(chooseThreads(reports(4, MB / 2), 8)).toBe(3);
  });

  it('sizes files on disk, counting one it cannot look at as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'huibao-threads-sizes-'));
    const files = ['a.md', 'b.md', 'c.md'].map((name) => join(dir, name));
    for (const file of files) {
      writeFileSync(file, '');
      // Sparse: the size the policy reads, without writing megabytes.
      truncateSync(file, MB);
    }
    expect(chooseThreads(files.map((f) => task(f)), 8)).toBe(3);
    const missing = task(join(dir, 'missing.md'));
    expect(chooseThreads([task(files[0]!), missing], 8)).toBe(2);
    expect(chooseThreads([missing, missing, missing], 8)).toBe(1);
  });
});

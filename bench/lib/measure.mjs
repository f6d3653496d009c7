// Timing helpers for bench/run.mjs: medians over repeated runs, in-process and
// as whole processes (wall time and peak RSS of the child).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median wall time of fn in ms, after one warm-up call. */
export function timeInProcess(fn, runs) {
  fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Median wall times of several functions run in turn, round after round, after
 * one warm-up round: on a noisy machine a slow spell then hits every one of
 * them rather than whichever happened to be running.
 */
export function timeSideBySide(fns, runs) {
  const names = Object.keys(fns);
  for (const name of names) fns[name]();
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const start = performance.now();
      fns[name]();
      times[name].push(performance.now() - start);
    }
  }
  return Object.fromEntries(names.map((name) => [name, median(times[name])]));
}

/** Median in-process time of an async fn (textlint's API is async). */
export async function timeInProcessAsync(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rssHook = fileURLToPath(new URL('./report-rss.cjs', import.meta.url));

/**
 * Runs `node script …args` `runs` times; returns the median wall time (ms), the
 * median peak RSS (MB) and the last exit status. Linters exit 1 on findings, so
 * only a crash (no status, or no RSS report) counts as a failure.
 */
export function timeProcess(script, args, { runs, cwd }) {
  const times = [];
  const rss = [];
  let status = null;
  let stderr = '';
  for (let i = 0; i < runs; i++) {
    const rssFile = join(tmpdir(), `huibao-bench-rss-${process.pid}-${i}`);
    rmSync(rssFile, { force: true });
    const start = performance.now();
    const result = spawnSync(process.execPath, ['--require', rssHook, script, ...args], {
      cwd,
      env: { ...process.env, HUIBAO_BENCH_RSS_FILE: rssFile, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    times.push(performance.now() - start);
    status = result.status;
    stderr = result.stderr;
    if (existsSync(rssFile)) {
      rss.push(Number(readFileSync(rssFile, 'utf8')) / 1024);
      rmSync(rssFile, { force: true });
    }
  }
  const crashed = status === null || rss.length === 0;
  return { ms: median(times), rssMb: rss.length ? median(rss) : null, status, crashed, stderr: crashed ? stderr.slice(0, 400) : '' };
}

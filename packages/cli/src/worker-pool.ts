/**
 * Linting many files on several cores. The main thread always lints; worker
 * threads join it only when there are cores to spare and the files are large
 * enough in all to pay for them, since each worker loads the bundle and the
 * segmentation dictionaries again (about 1 s of a core and 95 MB, docs/cli.md#speed).
 * Every thread takes the next file from one shared counter: a worker still
 * starting up takes none, and no thread waits for another to hand it work.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runLintTask, type FileOutcome, type LintTask } from './lint-task.js';

/** What a worker is started with: all the tasks, and the counter they are claimed by. */
export interface WorkerInput {
  tasks: readonly LintTask[];
  claims: Int32Array;
}

/** A worker's message: one outcome, or (index -1) that it will take no more files. */
export type WorkerMessage = { index: number; outcome: FileOutcome } | { index: -1 };

/** Slots of the shared counter. */
const NEXT = 0;
const STOPPED = 1;

/**
 * Report bytes each thread beyond the first must have to lint before it pays
 * for its start: a worker costs ~1 s of a core and ~95 MB before its first
 * file, and the lint runs at ~0.5-1 MB of report per second per core.
 */
export const BYTES_PER_EXTRA_THREAD = 1024 * 1024;

export interface RunOptions {
  /** Threads that lint (1 = the main thread alone); by default chosen by chooseThreads. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** Once aborted, no task is started; those running finish (a write is never cut in half). */
  signal?: AbortSignal;
}

/** The outcomes of the tasks run, in task order: all of them unless the signal stopped the run. */
export async function runTasks(tasks: readonly LintTask[], options: RunOptions = {}): Promise<FileOutcome[]> {
  const threads = Math.min(options.threads ?? chooseThreads(tasks, availableParallelism()), tasks.length);
  const outcomes = await runOnThreads(tasks, Math.max(threads, 1), options);
  return outcomes.filter((o) => o !== undefined);
}

/**
 * How many threads pay for themselves: one per BYTES_PER_EXTRA_THREAD of
 * reports beyond the first, at most one per file and one per core but one.
 * That core is left to V8's garbage collector and compiler threads, which a
 * single lint thread already keeps busy: on 2 idle cores, 1,000 reports took
 * 4.6 s (6.8 s of CPU) on one thread and 5.2 s (9.7 s of CPU) on two
 * (docs/cli.md#speed).
 */
export function chooseThreads(tasks: readonly LintTask[], cores: number): number {
  const most = Math.min(cores - 1, tasks.length);
  if (most < 2) return 1;
  let bytes = 0;
  let wanted = 1;
  for (const task of tasks) {
    bytes += task.bytes?.byteLength ?? sizeOf(task.path);
    wanted = 1 + Math.floor(bytes / BYTES_PER_EXTRA_THREAD);
    if (wanted >= most) return most;
  }
  return wanted;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    // Unreadable: it will fail fast when linted, costing no thread anything.
    return 0;
  }
}

/** Never rejects: a crash while linting one file is that file's failure, not the run's. */
export async function runLintTaskSafely(task: LintTask): Promise<FileOutcome> {
  try {
    return await runLintTask(task);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { path: task.display, encoding: 'utf-8', diagnostics: [], fixed: 0, notes: [], failure: { path: task.display, reason: 'internal', detail } };
  }
}

/** The next task's index for this thread, or -1 when there is none or the run was stopped. */
export function claimTask(claims: Int32Array, count: number): number {
  if (Atomics.load(claims, STOPPED) !== 0) return -1;
  const index = Atomics.add(claims, NEXT, 1);
  return index < count ? index : -1;
}

/** Outcomes by task index; a task never started (the run was stopped) has none. */
async function runOnThreads(tasks: readonly LintTask[], threads: number, { onProgress, signal }: RunOptions): Promise<Array<FileOutcome | undefined>> {
  const outcomes = new Array<FileOutcome | undefined>(tasks.length);
  const claims = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const stop = () => Atomics.store(claims, STOPPED, 1);
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop);
  let done = 0;
  const record = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    onProgress?.(++done, tasks.length);
  };

  const workersFinished = new Promise<void>((resolve, reject) => {
    let running = threads - 1;
    let failure: Error | undefined;
    // Settles once every worker has said it is done or has died: none is ever ended mid-write.
    const finishOne = () => {
      if (--running > 0) return;
      if (failure) reject(failure);
      else resolve();
    };
    if (running === 0) return resolve();
    const input: WorkerInput = { tasks, claims };
    for (let i = 0; i < threads - 1; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: input });
      let finished = false;
      const finish = (error?: Error) => {
        if (finished) return;
        finished = true;
        if (error) {
          // A worker that dies is a bug of ours: the others start no new file, and the run says so.
          failure ??= error;
          stop();
        }
        finishOne();
      };
      worker.on('message', (message: WorkerMessage) => {
        if ('outcome' in message) record(message.index, message.outcome);
        else finish();
      });
      worker.on('error', finish);
      worker.on('exit', (code) => finish(new Error(`a lint worker stopped early (exit code ${code})`)));
    }
  });

  const mainThreadDone = (async () => {
    for (let index = claimTask(claims, tasks.length); index >= 0; index = claimTask(claims, tasks.length)) {
      record(index, await runLintTaskSafely(tasks[index]!));
      // A file is read and linted without giving the event loop a turn: take one between
      // files, for Ctrl+C (which stops the run) and the workers' outcomes (the progress line).
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();

  const [mainThread, workerThreads] = await Promise.allSettled([mainThreadDone, workersFinished]);
  signal?.removeEventListener('abort', stop);
  for (const settled of [mainThread, workerThreads]) if (settled.status === 'rejected') throw settled.reason;
  return outcomes;
}

/**
 * Linting many files on all cores: a pool of worker threads, each loading the
 * core once and taking the next file when it is free. A few files are linted
 * in the main thread, where starting workers would cost more than it saves.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runLintTask, type FileOutcome, type LintTask } from './lint-task.js';

export interface TaskMessage {
  index: number;
  task: LintTask;
}

interface ResultMessage {
  index: number;
  outcome: FileOutcome;
}

/** Below this many files per worker, one thread is faster (a worker costs a core load). */
const FILES_PER_WORKER = 8;

export interface RunOptions {
  /** Worker count; defaults to the cores available. */
  threads?: number;
  onProgress?: (done: number, total: number) => void;
  /** Once aborted, no task is started; those running finish (a write is never cut in half). */
  signal?: AbortSignal;
}

/** The outcomes of the tasks run, in task order: all of them unless the signal stopped the run. */
export async function runTasks(tasks: readonly LintTask[], options: RunOptions = {}): Promise<FileOutcome[]> {
  const threads = Math.min(options.threads ?? availableParallelism(), Math.floor(tasks.length / FILES_PER_WORKER));
  if (threads < 2) return runInThisThread(tasks, options);
  const outcomes = await runInWorkers(tasks, threads, options);
  return outcomes.filter((o) => o !== undefined);
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

async function runInThisThread(tasks: readonly LintTask[], { onProgress, signal }: RunOptions): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) {
    if (signal?.aborted) break;
    outcomes.push(await runLintTaskSafely(task));
    onProgress?.(outcomes.length, tasks.length);
  }
  return outcomes;
}

/** Outcomes by task index; a task never started (the run was stopped) has none. */
function runInWorkers(tasks: readonly LintTask[], threads: number, { onProgress, signal }: RunOptions): Promise<Array<FileOutcome | undefined>> {
  const outcomes = new Array<FileOutcome | undefined>(tasks.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    // Workers are ended only when none is busy: ending one mid-write would leave its temporary file.
    const finish = () => {
      signal?.removeEventListener('abort', stopWhenIdle);
      for (const worker of workers) void worker.terminate();
      resolve(outcomes);
    };
    const stopWhenIdle = () => {
      if (done === next) finish();
    };
    signal?.addEventListener('abort', stopWhenIdle);
    const feed = (worker: Worker) => {
      if (signal?.aborted) return stopWhenIdle();
      if (next >= tasks.length) return;
      const index = next++;
      worker.postMessage({ index, task: tasks[index]! } satisfies TaskMessage);
    };
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url));
      workers.push(worker);
      worker.on('message', ({ index, outcome }: ResultMessage) => {
        outcomes[index] = outcome;
        done++;
        onProgress?.(done, tasks.length);
        if (done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => {
        for (const w of workers) void w.terminate();
        reject(error);
      });
      feed(worker);
    }
  });
}

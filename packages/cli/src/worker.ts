/**
 * A lint worker: loads the core once, then lints the files it claims from the
 * shared counter (worker-pool.ts) until none is left or the run is stopped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useCoreDictionary } from './dictionary.js';
import { claimTask, runLintTaskSafely, type WorkerInput, type WorkerMessage } from './worker-pool.js';

const { tasks, claims } = workerData as WorkerInput;
const send = (message: WorkerMessage) => parentPort?.postMessage(message);

useCoreDictionary();
for (let index = claimTask(claims, tasks.length); index >= 0; index = claimTask(claims, tasks.length)) {
  send({ index, outcome: await runLintTaskSafely(tasks[index]!) });
}
send({ index: -1 });

/**
 * A lint worker: loads the core once, then lints the files the pool sends.
 */
import { parentPort } from 'node:worker_threads';
import { useCoreDictionary } from './dictionary.js';
import { runLintTaskSafely, type TaskMessage } from './worker-pool.js';

useCoreDictionary();
parentPort?.on('message', (message: TaskMessage) => {
  void runLintTaskSafely(message.task).then((outcome) => parentPort?.postMessage({ index: message.index, outcome }));
});

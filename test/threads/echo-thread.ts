/**
 * A worker-thread entry for test/threads/pool.test.ts: serves tasks that answer after a while,
 * report progress, throw, or end their thread.
 */
import { threadId } from 'node:worker_threads';
import { serveTasks } from '../../src/threads/serve.js';

export type EchoTask =
  | { readonly kind: 'echo'; readonly value: number; readonly sleepMs: number }
  | { readonly kind: 'throw'; readonly message: string }
  | { readonly kind: 'exit'; readonly code: number };

export interface EchoResult {
  readonly value: number;
  readonly thread: number;
}

serveTasks<EchoTask, EchoResult, number>('test/threads/echo-thread.ts', (task, progress) => {
  if (task.kind === 'throw') throw new Error(task.message);
  if (task.kind === 'exit') process.exit(task.code);
  for (let step = 1; step <= 3; step++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, task.sleepMs / 3);
    progress(task.value * 10 + step);
  }
  return { value: task.value, thread: threadId };
});

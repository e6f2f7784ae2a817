/**
 * The thread side of the worker pool (pool.ts): a worker-thread entry module calls
 * `serveTasks` once with the function that does one task. Tasks arrive one at a time (the pool
 * sends a thread its next task only after the previous one's reply), so the function may keep
 * caches between tasks (the sweep's threads keep parsed scenarios).
 */
import { parentPort } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './messages.js';

/**
 * Serves the pool's tasks with `work`, which may report progress through its second argument.
 * A task that throws is answered with the error's message (the pool rejects that task alone).
 * `entry` names the module for the error when it is started as a program instead of a thread.
 */
export function serveTasks<Task, Result, Progress = never>(entry: string, work: (task: Task, progress: (p: Progress) => void) => Result): void {
  const port = parentPort;
  if (port === null) throw new Error(`${entry} is a worker-thread entry, not a program`);
  port.on('message', ({ seq, task }: TaskMessage<Task>) => {
    const progress = (p: Progress): void => port.postMessage({ seq, kind: 'progress', progress: p } satisfies ReplyMessage<Result, Progress>);
    let reply: ReplyMessage<Result, Progress>;
    try {
      reply = { seq, kind: 'done', result: work(task, progress) };
    } catch (err) {
      reply = { seq, kind: 'failed', error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}

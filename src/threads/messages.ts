/**
 * What the pool (pool.ts) and a thread serving it (serve.ts) say to each other. Every task has
 * a sequence number unique in its pool, so a reply is matched to its task and nothing else: a
 * late line from a thread that was given up on cannot settle another task.
 */

/** Pool to thread: one task. */
export interface TaskMessage<Task> {
  readonly seq: number;
  readonly task: Task;
}

/** Thread to pool: progress on a task (any number of times), then its result or its error's message. */
export type ReplyMessage<Result, Progress> =
  | { readonly seq: number; readonly kind: 'progress'; readonly progress: Progress }
  | { readonly seq: number; readonly kind: 'done'; readonly result: Result }
  | { readonly seq: number; readonly kind: 'failed'; readonly error: string };

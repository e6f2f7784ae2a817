/**
 * The worker-thread pool every parallel part of dcsim runs on: the sweep's runs (whole, or one
 * cluster of a run), the clusters of a run split by cluster, and the queue worker's jobs.
 *
 * At most `size` threads, started as tasks need them. Tasks are handed out in the order they
 * were given, one per thread at a time; each task's promise settles with its own result, so
 * completion order never shows. A task that throws in its thread rejects alone (the thread
 * serves the next one); a thread that dies (an uncaught error, process.exit, out of memory)
 * rejects only the task it held and is replaced when work is waiting.
 *
 * Determinism: the pool decides where and when a task runs, never what it computes; callers key
 * results by task (run id, cluster index), so outputs are the same bytes for any thread count
 * (test/sweep/local.test.ts, test/run/split-run.test.ts). Results come back by structured clone;
 * the largest (a cluster's report part, with its streams left in files) are small beside a run,
 * so nothing is transferred.
 *
 * Written here rather than taken from piscina or tinypool: neither is a dependency, and what is
 * needed beyond a plain pool (progress per task, stop-when-idle) is as long as the pool itself.
 */
import { Worker } from 'node:worker_threads';
import type { ReplyMessage, TaskMessage } from './messages.js';

/** A task that failed in its thread (its error's message), or whose thread stopped under it. */
export class WorkerTaskError extends Error {}

export interface PoolOptions {
  /**
   * Stop a thread as soon as it is idle with nothing waiting (a batch given at once, e.g. a run's
   * clusters: memory comes back as the batch drains). Off: threads wait for tasks until close(),
   * keeping what they cached (a long-lived queue worker, a sizing's batches).
   */
  readonly stopIdle?: boolean;
}

interface Job<Task, Result, Progress> {
  readonly seq: number;
  readonly task: Task;
  readonly onProgress: ((p: Progress) => void) | undefined;
  readonly resolve: (r: Result) => void;
  readonly reject: (e: Error) => void;
}

interface Slot<Task, Result, Progress> {
  readonly worker: Worker;
  job: Job<Task, Result, Progress> | null;
  /** Stopped, lost or retired: its exit is expected and nothing more is sent to it. */
  gone: boolean;
}

export class WorkerPool<Task, Result, Progress = never> {
  private readonly slots: Slot<Task, Result, Progress>[] = [];
  private readonly queue: Job<Task, Result, Progress>[] = [];
  private seq = 0;
  private closed = false;

  /** `entry`: the worker-thread module (entry.ts finds it), which calls serveTasks (serve.ts). */
  constructor(
    private readonly entry: string,
    readonly size: number,
    private readonly options: PoolOptions = {},
  ) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`a worker pool needs a whole number of threads, at least 1 (got ${size})`);
  }

  /** Runs `task` on a thread; `onProgress` receives what the thread reports while it works. */
  run(task: Task, onProgress?: (p: Progress) => void): Promise<Result> {
    if (this.closed) return Promise.reject(new Error('the worker pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ seq: ++this.seq, task, onProgress, resolve, reject });
      this.pump();
    });
  }

  /** Threads alive now. */
  get threads(): number {
    return this.slots.length;
  }

  /** Rejects the tasks not finished, stops every thread. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error('the worker pool closed before this task ran'));
    const slots = this.slots.splice(0);
    for (const s of slots) {
      s.gone = true;
      s.job?.reject(new Error('the worker pool closed while this task ran'));
      s.job = null;
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  /** Gives waiting tasks to idle threads (starting threads up to `size`), then stops idle ones if asked. */
  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (slot === undefined) {
        if (this.slots.length >= this.size) return;
        try {
          slot = this.spawn();
        } catch (err) {
          this.queue.shift()?.reject(err instanceof Error ? err : new Error(String(err)));
          continue;
        }
      }
      const job = this.queue.shift() as Job<Task, Result, Progress>;
      try {
        slot.worker.postMessage({ seq: job.seq, task: job.task } satisfies TaskMessage<Task>);
        slot.job = job;
      } catch (err) {
        // The task cannot be copied to a thread (a function, a socket): that task fails.
        job.reject(err instanceof Error ? err : new Error(String(err)));
      }
    }
    if (this.options.stopIdle === true) for (const s of this.slots.filter((x) => x.job === null)) this.retire(s);
  }

  private retire(slot: Slot<Task, Result, Progress>): void {
    slot.gone = true;
    this.slots.splice(this.slots.indexOf(slot), 1);
    void slot.worker.terminate();
  }

  private spawn(): Slot<Task, Result, Progress> {
    const slot: Slot<Task, Result, Progress> = { worker: new Worker(this.entry), job: null, gone: false };
    slot.worker.on('message', (m: ReplyMessage<Result, Progress>) => {
      const job = slot.job;
      if (slot.gone || job === null || m.seq !== job.seq) return;
      if (m.kind === 'progress') {
        job.onProgress?.(m.progress);
        return;
      }
      slot.job = null;
      if (m.kind === 'done') job.resolve(m.result);
      else job.reject(new WorkerTaskError(m.error));
      this.pump();
    });
    const lost = (why: string): void => {
      if (slot.gone) return;
      this.retire(slot);
      const job = slot.job;
      slot.job = null;
      job?.reject(new WorkerTaskError(`worker thread stopped: ${why}`));
      this.pump();
    };
    slot.worker.on('error', (err) => lost(err.message));
    slot.worker.on('exit', (code) => lost(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }
}

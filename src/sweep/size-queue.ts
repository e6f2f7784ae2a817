/**
 * `dcsim size --queue redis://…`: each evaluation's runs go to the sweeps' BullMQ queue as jobs,
 * processed by `dcsim worker` processes anywhere, and come back as the same run records a local
 * evaluation computes (the task is the same plain data, run by the same executeRun), so the
 * outputs are the same bytes. The bisection needs each evaluation before choosing the next, so
 * the queue carries one evaluation's replications at a time.
 *
 * Jobs and results use the sweep's keys (queue-keys.ts): job id = sizing id + run id (enqueued
 * twice, one job), results stored with HSETNX under the sizing's id, so a sizing run again with
 * the same inputs takes the results already there instead of computing them again. A job that
 * failed for good (after its attempts) fails the sizing with the run and the worker's reason.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { RunRecord, RunTask } from './execute.js';
import { jobIdOf, QUEUE_NAME, resultsKey } from './queue-keys.js';
import type { RunBatch } from './size-evaluate.js';

/** A run that failed for good on a worker. */
export class QueuedRunError extends Error {
  override readonly name = 'QueuedRunError';
}

export interface SizeQueueOptions {
  readonly pollMs?: number;
  readonly attempts?: number;
  /** Called once, when the first jobs are enqueued (to say that workers are needed). */
  readonly onFirstJobs?: (n: number) => void;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A batch runner on the queue; `close()` when done (the caller closes `conn`). */
export function queueBatch(conn: Redis, options: SizeQueueOptions = {}): RunBatch & { close(): Promise<void> } {
  const queue = new Queue<RunTask>(QUEUE_NAME, { connection: conn });
  let told = false;
  const batch = async (tasks: readonly RunTask[]): Promise<RunRecord[]> => {
    if (tasks.length === 0) return [];
    const id = (tasks[0] as RunTask).sweepId;
    const ids = tasks.map((t) => t.runId);
    const stored = await conn.hmget(resultsKey(id), ...ids);
    const todo = tasks.filter((_, k) => stored[k] === null);
    for (const t of todo) {
      // A job that failed for good in an earlier attempt gets another chance.
      const old = await queue.getJob(jobIdOf(id, t.runId));
      if (old !== undefined && (await old.isFailed())) await old.retry('failed');
    }
    await queue.addBulk(
      todo.map((t) => ({
        name: 'run',
        data: t,
        opts: { jobId: jobIdOf(id, t.runId), attempts: options.attempts ?? 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: { age: 7 * 24 * 3600 } },
      })),
    );
    if (todo.length > 0 && !told) {
      told = true;
      options.onFirstJobs?.(todo.length);
    }
    for (let tick = 0; ; tick++) {
      const texts = await conn.hmget(resultsKey(id), ...ids);
      if (texts.every((x) => x !== null)) return texts.map((x) => JSON.parse(x as string) as RunRecord);
      if (tick % 4 === 0)
        for (let k = 0; k < ids.length; k++) {
          if (texts[k] !== null) continue;
          const job = await queue.getJob(jobIdOf(id, ids[k] as string));
          if (job !== undefined && (await job.isFailed())) throw new QueuedRunError(`run ${ids[k] as string} failed on the queue: ${job.failedReason ?? 'failed'}`);
        }
      await sleep(options.pollMs ?? 200);
    }
  };
  return Object.assign(batch, { close: () => queue.close() });
}

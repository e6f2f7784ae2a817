/**
 * `dcsim worker --queue redis://...`: a BullMQ worker that runs sweep jobs, and clusters of
 * runs split by cluster (`dcsim run --split-clusters --queue`, split-worker.ts), until stopped.
 *
 * Simulations run on worker threads (`concurrency` of them), so the process's event loop stays
 * free to renew job locks however long a run takes. A worker that dies (SIGKILL, power loss)
 * stops renewing its lock; after `lockDurationMs` the job's lock expires and the next stalled
 * check of any live worker (every `stalledIntervalMs`) moves the job back to the wait list,
 * where another worker takes it (BullMQ's stalled-job mechanism). A job stalled more than
 * `maxStalledCount` times fails. Results are stored with HSETNX in one MULTI with the report,
 * so a run computed twice is stored once, and a job whose result exists is skipped.
 */
import { Worker, type Job } from 'bullmq';
import type { RunTask } from './execute.js';
import { ThreadPool } from './pool.js';
import { QUEUE_NAME, reportsKey, resultsKey, statsKey } from './queue-keys.js';
import { connectRedis } from './redis.js';
import { processClusterTask, type ClusterTask } from './split-worker.js';

export interface WorkerOptions {
  readonly url: string;
  readonly concurrency: number;
  /** BullMQ defaults: 30 s lock, stalled check every 30 s, one stall allowed. */
  readonly lockDurationMs?: number;
  readonly stalledIntervalMs?: number;
  readonly maxStalledCount?: number;
  readonly log: (line: string) => void;
  readonly wallClock: () => number;
  /** Resolves when the worker should stop (SIGINT / SIGTERM); running jobs finish first. */
  readonly stop: Promise<void>;
}

export async function runWorker(options: WorkerOptions): Promise<void> {
  const conn = await connectRedis(options.url, { name: 'dcsim-worker' });
  const pool = new ThreadPool(options.concurrency);
  const processor = async (job: Job<RunTask | ClusterTask>): Promise<string> => {
    if (job.name === 'cluster') {
      options.log(`started ${job.id as string}`);
      const t0 = options.wallClock();
      if (!(await processClusterTask(conn, job.data as ClusterTask))) {
        options.log(`skipped ${job.id as string}: output already stored`);
        return 'stored before';
      }
      options.log(`done ${job.id as string} in ${((options.wallClock() - t0) / 1000).toFixed(2)} s`);
      return 'stored';
    }
    const task = job.data as RunTask;
    if ((await conn.hexists(resultsKey(task.sweepId), task.runId)) === 1) {
      options.log(`skipped ${job.id as string}: result already stored`);
      return 'stored before';
    }
    options.log(`started ${job.id as string}`);
    const t0 = options.wallClock();
    const outcome = await pool.run(task);
    const multi = conn.multi();
    if (outcome.report !== null) multi.hsetnx(reportsKey(task.sweepId), task.pointId, JSON.stringify(outcome.report));
    multi.hsetnx(resultsKey(task.sweepId), task.runId, JSON.stringify(outcome.record));
    multi.hincrby(statsKey(task.sweepId), 'executions', 1);
    const replies = await multi.exec();
    const failed = replies?.find(([err]) => err !== null);
    if (replies === null || failed) throw new Error(`storing the result of ${task.runId} failed: ${failed ? String(failed[0]) : 'transaction aborted'}`);
    options.log(`done ${job.id as string} in ${((options.wallClock() - t0) / 1000).toFixed(2)} s`);
    return 'stored';
  };
  const worker = new Worker<RunTask | ClusterTask>(QUEUE_NAME, processor, {
    connection: conn,
    concurrency: options.concurrency,
    ...(options.lockDurationMs !== undefined ? { lockDuration: options.lockDurationMs } : {}),
    ...(options.stalledIntervalMs !== undefined ? { stalledInterval: options.stalledIntervalMs } : {}),
    ...(options.maxStalledCount !== undefined ? { maxStalledCount: options.maxStalledCount } : {}),
  });
  worker.on('failed', (job, err) => options.log(`failed ${job?.id ?? '?'}: ${err.message}`));
  worker.on('error', (err) => options.log(`worker error: ${err.message}`));
  worker.on('stalled', (jobId) => options.log(`stalled ${jobId}: moved back to the wait list`));
  options.log(`worker on ${QUEUE_NAME}: ${options.concurrency} thread(s)`);
  try {
    await options.stop;
  } finally {
    await worker.close();
    await pool.close();
    conn.disconnect();
    options.log('worker stopped');
  }
}

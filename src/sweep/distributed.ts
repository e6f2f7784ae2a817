/**
 * A distributed sweep's coordinator (`dcsim sweep --queue`): enqueues the runs not finished
 * yet as BullMQ jobs (job id = sweep id + run id, so enqueuing twice adds one job; jobs that
 * failed in an earlier attempt are retried), then collects results from Redis into the local
 * checkpoint as they arrive, until every run has a result or has failed for good. The jobs are
 * processed by `dcsim worker` processes, anywhere.
 */
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { taskOf, type RunRecord, type RunTask } from './execute.js';
import type { Journal } from './journal.js';
import { jobIdOf, QUEUE_NAME, reportsKey, resultsKey } from './queue-keys.js';
import type { SweepPlan } from './plan.js';
import type { Report } from '../report/schema.js';

export interface Failure {
  readonly run: string;
  readonly error: string;
}

export interface QueueOptions {
  readonly onProgress: (done: number, failed: number) => void;
  /** One line for the user (not on the progress bar's line). */
  readonly log: (line: string) => void;
  readonly pollMs?: number;
  /** Tries a job gets (its first run and retries after errors); a stalled job is retried apart from these. */
  readonly attempts?: number;
}

export interface QueueOutcome {
  readonly fromCheckpoint: number;
  readonly computed: number;
  readonly failures: readonly Failure[];
}

const CHUNK = 500;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Copies the results of `runIds` (and their reports) from Redis into the journal. */
async function collect(conn: Redis, plan: SweepPlan, journal: Journal, runIds: readonly string[]): Promise<void> {
  const byId = new Map(plan.runs.map((r) => [r.id, r]));
  for (let k = 0; k < runIds.length; k += CHUNK) {
    const ids = runIds.slice(k, k + CHUNK);
    const texts = await conn.hmget(resultsKey(plan.id), ...ids);
    for (let j = 0; j < ids.length; j++) {
      const text = texts[j];
      const run = byId.get(ids[j] as string);
      if (text === null || text === undefined || run === undefined) continue;
      const record = JSON.parse(text) as RunRecord;
      const pointId = (plan.points[run.point] as { id: string }).id;
      let report: Report | null = null;
      if (run.replication === 0) {
        const r = await conn.hget(reportsKey(plan.id), pointId);
        if (r === null) continue; // stored in the same transaction; absent only if deleted by hand
        report = JSON.parse(r) as Report;
      }
      journal.append(record, pointId, report);
    }
  }
}

async function failuresOf(queue: Queue, plan: SweepPlan, journal: Journal): Promise<Failure[]> {
  if ((await queue.getFailedCount()) === 0) return [];
  const prefix = `${plan.id}-`;
  const jobs = (await queue.getFailed(0, -1)) as (Job<RunTask> | undefined)[];
  return jobs
    .filter((j): j is Job<RunTask> => j !== undefined && typeof j.id === 'string' && j.id.startsWith(prefix) && !journal.done.has(j.id.slice(prefix.length)))
    .map((j) => ({ run: (j.id as string).slice(prefix.length), error: j.failedReason ?? 'failed' }))
    .sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
}

/** `conn`: a connected client (see connectRedis); the caller closes it. */
export async function runOnQueue(conn: Redis, plan: SweepPlan, journal: Journal, options: QueueOptions): Promise<QueueOutcome> {
  const queue = new Queue<RunTask>(QUEUE_NAME, { connection: conn });
  try {
    const inRedis = await conn.hkeys(resultsKey(plan.id));
    await collect(conn, plan, journal, inRedis.filter((id) => !journal.done.has(id)));
    const fromCheckpoint = journal.done.size;
    const todo = plan.runs.map((r, k) => ({ r, k })).filter(({ r }) => !journal.done.has(r.id));

    // Runs that failed for good in an earlier attempt of this sweep get another chance.
    const prefix = `${plan.id}-`;
    if ((await queue.getFailedCount()) > 0)
      for (const job of await queue.getFailed(0, -1))
        if (job && typeof job.id === 'string' && job.id.startsWith(prefix) && !journal.done.has(job.id.slice(prefix.length))) await job.retry('failed');
    for (let k = 0; k < todo.length; k += CHUNK)
      await queue.addBulk(
        todo.slice(k, k + CHUNK).map(({ r, k: index }) => ({
          name: 'run',
          data: taskOf(plan, index),
          opts: {
            jobId: jobIdOf(plan.id, r.id),
            attempts: options.attempts ?? 3,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: true,
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        })),
      );
    if (todo.length > 0) options.log(`sweep ${plan.id}: ${todo.length} run(s) on queue ${QUEUE_NAME}; start workers with: dcsim worker --queue <url>`);

    let failures: Failure[] = [];
    let seen = -1;
    for (let tick = 0; ; tick++) {
      const n = await conn.hlen(resultsKey(plan.id));
      if (n !== seen) {
        seen = n;
        const ids = await conn.hkeys(resultsKey(plan.id));
        await collect(conn, plan, journal, ids.filter((id) => !journal.done.has(id)));
      }
      if (tick % 4 === 0 || journal.done.size + failures.length >= plan.runs.length) failures = await failuresOf(queue, plan, journal);
      options.onProgress(journal.done.size, failures.length);
      if (journal.done.size + failures.length >= plan.runs.length) break;
      await sleep(options.pollMs ?? 200);
    }
    return { fromCheckpoint, computed: journal.done.size - fromCheckpoint, failures };
  } finally {
    await queue.close();
  }
}

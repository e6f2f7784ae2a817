/**
 * The coordinator of a run split by cluster on the queue (`dcsim run --split-clusters --queue`):
 * each cluster becomes a BullMQ job on the queue sweeps use, processed by `dcsim worker`
 * processes anywhere (split-worker.ts); as each cluster's output is stored, its files are
 * copied into the local scratch folder the merge reads (split-run.ts), so the report folder is
 * the same bytes as a local `--split-clusters` run.
 *
 * The run's id is a hash of the dcsim version, the scenario file's bytes and the seed: a
 * coordinator started again (after it was stopped) finds the clusters already stored and
 * enqueues only the others (the same job id adds one job). When the folder is written, the
 * run's keys are deleted. A cluster whose worker dies is retried by BullMQ's stalled-job check
 * (see worker.ts); one whose simulation throws is retried `attempts` times, then the run fails
 * with its message.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ClusterRunOutput, ClusterRunRequest } from '../run/cluster-run.js';
import type { ClusterExecutor } from '../run/split-run.js';
import { VERSION } from '../version.js';
import { downloadFile } from './file-transfer.js';
import { QUEUE_NAME, splitJobId, splitOutputsKey, splitPrefix } from './queue-keys.js';
import { decodeOutput, type ClusterTask, type StoredClusterOutput } from './split-worker.js';

/** The scenario as the workers rebuild it. */
export interface ScenarioSource {
  readonly file: string;
  readonly baseDir: string;
  readonly text: string;
}

export interface SplitQueueOptions {
  readonly seed?: number | string;
  /** One line for the user (not on the progress bar's line). */
  readonly log: (line: string) => void;
  readonly pollMs?: number;
  /** Tries a cluster gets when its simulation throws; a stalled job is retried apart from these. */
  readonly attempts?: number;
}

export interface SplitQueue {
  readonly runId: string;
  /** Resolves with the outputs and the number of worker processes (`host:pid`) whose outputs were merged. */
  readonly execute: ClusterExecutor;
}

/** A cluster run on the queue failed for good. */
export class ClusterJobError extends Error {}

export function splitRunId(source: ScenarioSource, seed: number | string | undefined): string {
  return createHash('sha256').update(`${VERSION}\0${source.text}\0${seed === undefined ? '' : String(seed)}`).digest('hex').slice(0, 16);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `conn`: a connected client (see connectRedis); the caller closes it. */
export function splitQueue(conn: Redis, source: ScenarioSource, o: SplitQueueOptions): SplitQueue {
  const runId = splitRunId(source, o.seed);
  const execute: ClusterExecutor = async (requests, durationMs, onProgress) => {
    const queue = new Queue<ClusterTask>(QUEUE_NAME, { connection: conn });
    try {
      const workers = new Set<string>();
      const outputs = await collectOutputs(conn, queue, runId, source, requests, o, workers, durationMs, onProgress);
      await deleteRunKeys(conn, runId);
      return { outputs, workers: workers.size };
    } finally {
      await queue.close();
    }
  };
  return { runId, execute };
}

async function collectOutputs(
  conn: Redis,
  queue: Queue<ClusterTask>,
  runId: string,
  source: ScenarioSource,
  requests: readonly ClusterRunRequest[],
  o: SplitQueueOptions,
  workers: Set<string>,
  durationMs: number,
  onProgress?: (simMs: number, durationMs: number) => void,
): Promise<ClusterRunOutput[]> {
  const key = splitOutputsKey(runId);
  const stored = new Set(await conn.hkeys(key));
  // A cluster that failed for good in an earlier attempt of this run gets another chance.
  for (const r of requests) {
    const job = await queue.getJob(splitJobId(runId, r.cluster));
    if (job !== undefined && (await job.isFailed())) await job.retry('failed');
  }
  const todo = requests.filter((r) => !stored.has(String(r.cluster)));
  await queue.addBulk(
    todo.map((r) => ({
      name: 'cluster',
      data: {
        dcsim: VERSION,
        runId,
        cluster: r.cluster,
        ...(r.seed !== undefined ? { seed: r.seed } : {}),
        file: source.file,
        baseDir: source.baseDir,
        text: source.text,
        runHosts: r.runHosts,
      },
      opts: {
        jobId: splitJobId(runId, r.cluster),
        attempts: o.attempts ?? 3,
        backoff: { type: 'exponential', delay: 1000 },
        removeOnComplete: true,
        removeOnFail: { age: 7 * 24 * 3600 },
      },
    })),
  );
  if (todo.length > 0) o.log(`run ${runId}: ${todo.length} cluster(s) on queue ${QUEUE_NAME}; start workers with: dcsim worker --queue <url>`);

  const outputs: (ClusterRunOutput | undefined)[] = requests.map(() => undefined);
  const byCluster = new Map(requests.map((r, k) => [String(r.cluster), k]));
  let done = 0;
  for (let tick = 0; done < requests.length; tick++) {
    const ready = (await conn.hkeys(key)).filter((c) => byCluster.has(c) && outputs[byCluster.get(c) as number] === undefined);
    for (const c of ready) {
      const k = byCluster.get(c) as number;
      const text = await conn.hget(key, c);
      if (text === null) continue;
      const stored = decodeOutput(text);
      outputs[k] = await fetchOutput(conn, stored, requests[k] as ClusterRunRequest);
      workers.add(stored.worker);
      done++;
      onProgress?.(Math.floor((durationMs * done) / requests.length), durationMs);
    }
    if (done === requests.length) break;
    if (tick % 5 === 0) await throwIfFailed(queue, runId, requests, outputs);
    await sleep(o.pollMs ?? 200);
  }
  return outputs as ClusterRunOutput[];
}

/** The stored output with its files copied into the request's folder. */
async function fetchOutput(conn: Redis, stored: StoredClusterOutput, req: ClusterRunRequest): Promise<ClusterRunOutput> {
  mkdirSync(req.dir, { recursive: true });
  const eventsFile = join(req.dir, 'events.instants.ndjson');
  const clusterCsv = join(req.dir, 'timeseries-cluster.csv');
  const hostCsv = stored.files.host === null ? null : join(req.dir, 'timeseries-host.csv');
  await downloadFile(conn, stored.files.events, eventsFile);
  await downloadFile(conn, stored.files.cluster, clusterCsv);
  const vmsCsv = join(req.dir, 'vms.csv');
  await downloadFile(conn, stored.files.vms, vmsCsv);
  if (hostCsv !== null) await downloadFile(conn, stored.files.host as string, hostCsv);
  const { files: _f, worker: _w, ...rest } = stored;
  return { ...rest, eventsFile, clusterCsv, hostCsv, vmsCsv };
}

async function throwIfFailed(queue: Queue<ClusterTask>, runId: string, requests: readonly ClusterRunRequest[], outputs: readonly (ClusterRunOutput | undefined)[]): Promise<void> {
  for (let k = 0; k < requests.length; k++) {
    if (outputs[k] !== undefined) continue;
    const r = requests[k] as ClusterRunRequest;
    const job = await queue.getJob(splitJobId(runId, r.cluster));
    if (job !== undefined && (await job.isFailed())) {
      const name = r.scenario.spec.clusters[0]?.name ?? String(r.cluster);
      throw new ClusterJobError(`cluster ${name} failed on the queue after ${job.attemptsMade} attempt(s): ${job.failedReason ?? 'no reason given'}`);
    }
  }
}

/** Deletes every key of the run (outputs, file pieces of every attempt). */
async function deleteRunKeys(conn: Redis, runId: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await conn.scan(cursor, 'MATCH', `${splitPrefix(runId)}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await conn.unlink(...keys);
  } while (cursor !== '0');
}

/**
 * Where distributed sweeps live in Redis. Jobs go to one BullMQ queue per dcsim version (so a
 * worker never computes a run planned by another version); results live beside it:
 *   dcsim:sweep:<id>:results  hash run id → run record (JSON), set with HSETNX: first write wins
 *   dcsim:sweep:<id>:reports  hash point id → replication 0's report (JSON), also HSETNX
 *   dcsim:sweep:<id>:stats    hash: `executions` counts simulations actually run
 * A job's id is `<sweep id>-<run id>`, so enqueuing the same run twice adds one job.
 */
import { VERSION } from '../version.js';

export const QUEUE_NAME = `dcsim-runs-${VERSION}`;

export function jobIdOf(sweepId: string, runId: string): string {
  return `${sweepId}-${runId}`;
}

export function resultsKey(sweepId: string): string {
  return `dcsim:sweep:${sweepId}:results`;
}

export function reportsKey(sweepId: string): string {
  return `dcsim:sweep:${sweepId}:reports`;
}

export function statsKey(sweepId: string): string {
  return `dcsim:sweep:${sweepId}:stats`;
}

/*
 * Runs split by cluster on the queue (`dcsim run --split-clusters --queue`), one id per scenario
 * file, seed and version (split-queue.ts):
 *   dcsim:split:<id>:outputs           hash cluster index → the cluster's output (JSON), HSETNX: first write wins
 *   dcsim:split:<id>:file:<c>:<token>:<name>  list of gzip pieces of one file of one attempt at cluster c
 * A cluster's job id is `split-<id>-<c>`.
 */
export function splitJobId(runId: string, cluster: number): string {
  return `split-${runId}-${cluster}`;
}

export function splitPrefix(runId: string): string {
  return `dcsim:split:${runId}:`;
}

export function splitOutputsKey(runId: string): string {
  return `${splitPrefix(runId)}outputs`;
}

export function splitFileKey(runId: string, cluster: number, token: string, name: string): string {
  return `${splitPrefix(runId)}file:${cluster}:${token}:${name}`;
}

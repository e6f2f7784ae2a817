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

/**
 * One evaluation of `dcsim size`: the scenario at n hosts, R replications with the sweep's
 * replication seeds (the same seeds at every n: common random numbers), judged on the
 * objectives. Runs in this thread, or on a thread pool when one is given.
 */
import { VERSION } from '../version.js';
import { replicationSeed } from './expand.js';
import { executeRun, type RunRecord, type RunTask } from './execute.js';
import type { HostFailurePlan } from './host-failures.js';
import type { FrontierBasis, Objective } from './objectives.js';
import type { Segment } from './paths.js';
import type { ThreadPool } from './pool.js';
import { pointResults } from './results.js';
import type { PointResult } from './point-result.js';
import type { Evaluate, Evaluation } from './sizing.js';

export interface HostCountSetup {
  /** Identifies the sizing (a scenario-cache key in the threads). */
  readonly id: string;
  /** The scenario without its sweep section, as JSON text. */
  readonly base: string;
  readonly file: string;
  readonly baseDir: string;
  readonly hostsPath: readonly Segment[];
  readonly replications: number;
  readonly rootSeed: number | string;
  readonly objectives: readonly Objective[];
  readonly basis: FrontierBasis;
  /** N+k: k host failures in every run (host-failures.ts); null for none. */
  readonly failures: HostFailurePlan | null;
}

export function hostCountTask(s: HostCountSetup, n: number, r: number): RunTask {
  return {
    dcsim: VERSION,
    sweepId: s.id,
    runId: `n${n}-r${String(r).padStart(2, '0')}`,
    pointId: `n${n}`,
    point: n,
    replication: r,
    seed: replicationSeed(s.rootSeed, r),
    file: s.file,
    baseDir: s.baseDir,
    base: s.base,
    assignments: [{ path: s.hostsPath, value: n }],
    withReport: false,
    ...(s.failures !== null ? { failures: s.failures } : {}),
  };
}

/** Judges R runs' records at n hosts. */
export function judge(s: HostCountSetup, n: number, records: readonly RunRecord[]): Evaluation {
  const [result] = pointResults([{ index: 0, id: `n${n}`, values: [n] }], records.map((r) => ({ ...r, point: 0 })), s.objectives, s.basis);
  const r = result as PointResult;
  const failed = records.find((x) => x.replication === 0)?.failedHosts;
  return { hosts: n, result: r, meets: r.failing.length === 0, ...(failed !== undefined ? { failedHosts: failed } : {}) };
}

export function hostCountEvaluator(s: HostCountSetup, pool: ThreadPool | null, onEvaluated?: (e: Evaluation) => void): Evaluate {
  return async (n) => {
    const tasks = Array.from({ length: s.replications }, (_, r) => hostCountTask(s, n, r));
    const records = pool !== null ? (await Promise.all(tasks.map((t) => pool.run(t)))).map((o) => o.record) : tasks.map((t) => executeRun(t).record);
    const e = judge(s, n, records);
    onEvaluated?.(e);
    return e;
  };
}

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
import type { Assignment, Segment } from './paths.js';
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

/** Runs a batch of tasks wherever runs go (this thread, a thread pool, a queue) and returns their records in task order. */
export type RunBatch = (tasks: readonly RunTask[]) => Promise<RunRecord[]>;

/** This thread, or a thread pool when one is given. */
export function localBatch(pool: ThreadPool | null): RunBatch {
  return async (tasks) => (pool !== null ? (await Promise.all(tasks.map((t) => pool.run(t)))).map((o) => o.record) : tasks.map((t) => executeRun(t).record));
}

/** The R tasks of one evaluated point: `point` keys the threads' scenario cache, `label` names the runs. */
export function pointTasks(s: HostCountSetup, point: number, label: string, assignments: readonly Assignment[]): RunTask[] {
  return Array.from({ length: s.replications }, (_, r) => ({
    dcsim: VERSION,
    sweepId: s.id,
    runId: `${label}-r${String(r).padStart(2, '0')}`,
    pointId: label,
    point,
    replication: r,
    seed: replicationSeed(s.rootSeed, r),
    file: s.file,
    baseDir: s.baseDir,
    base: s.base,
    assignments,
    withReport: false,
    ...(s.failures !== null ? { failures: s.failures } : {}),
  }));
}

export function hostCountTask(s: HostCountSetup, n: number, r: number): RunTask {
  return pointTasks(s, n, `n${n}`, [{ path: s.hostsPath, value: n }])[r] as RunTask;
}

export interface PointVerdict {
  readonly result: PointResult;
  readonly meets: boolean;
  readonly failedHosts?: readonly string[];
}

/** Judges R runs' records of one point on the objectives. */
export function judgeRecords(s: HostCountSetup, label: string, records: readonly RunRecord[]): PointVerdict {
  const [result] = pointResults([{ index: 0, id: label, values: [0] }], records.map((r) => ({ ...r, point: 0 })), s.objectives, s.basis);
  const r = result as PointResult;
  const failed = records.find((x) => x.replication === 0)?.failedHosts;
  return { result: r, meets: r.failing.length === 0, ...(failed !== undefined ? { failedHosts: failed } : {}) };
}

/** Judges R runs' records at n hosts. */
export function judge(s: HostCountSetup, n: number, records: readonly RunRecord[]): Evaluation {
  return { hosts: n, ...judgeRecords(s, `n${n}`, records) };
}

export function hostCountEvaluator(s: HostCountSetup, batch: RunBatch, onEvaluated?: (e: Evaluation) => void): Evaluate {
  return async (n) => {
    const records = await batch(pointTasks(s, n, `n${n}`, [{ path: s.hostsPath, value: n }]));
    const e = judge(s, n, records);
    onEvaluated?.(e);
    return e;
  };
}

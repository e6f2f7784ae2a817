/**
 * Worker-thread entry for the sweep's tasks on the worker pool (sweep/pool.ts): whole runs, or
 * one cluster of a run. Loaded from dist/.
 */
import { serveTasks } from '../threads/index.js';
import { executeClusterRun, executeRun, type ClusterOutcome, type RunOutcome, type RunTask } from './execute.js';

export interface SweepThreadTask {
  readonly task: RunTask;
  /** Set for one cluster of the run (a sweep split by cluster). */
  readonly cluster?: number;
}

serveTasks<SweepThreadTask, RunOutcome | ClusterOutcome>('src/sweep/thread.ts', (t) => (t.cluster === undefined ? executeRun(t.task) : executeClusterRun(t.task, t.cluster)));

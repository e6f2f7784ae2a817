/**
 * The sweep's runs on the worker pool (threads/pool.ts): a whole run, or one cluster of a run,
 * per task, on the threads of sweep/thread.ts. Threads stay up between tasks (a sizing gives
 * its runs in batches; a queue worker takes jobs as they come), keeping their parsed scenarios.
 */
import { threadEntry, WorkerPool } from '../threads/index.js';
import type { ClusterOutcome, RunOutcome, RunTask } from './execute.js';
import type { SweepThreadTask } from './thread.js';

export class ThreadPool {
  private readonly pool: WorkerPool<SweepThreadTask, RunOutcome | ClusterOutcome>;

  constructor(readonly size: number) {
    this.pool = new WorkerPool(threadEntry(import.meta.url, 'thread.js'), size);
  }

  run(task: RunTask): Promise<RunOutcome> {
    return this.pool.run({ task }) as Promise<RunOutcome>;
  }

  /** One cluster of the run, simulated on its own. */
  runCluster(task: RunTask, cluster: number): Promise<ClusterOutcome> {
    return this.pool.run({ task, cluster }) as Promise<ClusterOutcome>;
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

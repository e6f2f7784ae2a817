import type { ClusterOutcome, RunOutcome, RunTask } from './execute.js';
/** A run that threw: its message, for the sweep's failure list. */
export declare class RunFailedError extends Error {
}
export declare class ThreadPool {
    readonly size: number;
    private readonly slots;
    private readonly queue;
    private readonly entry;
    private closed;
    constructor(size: number);
    private spawn;
    private pump;
    run(task: RunTask): Promise<RunOutcome>;
    /** One cluster of the run, simulated on its own. */
    runCluster(task: RunTask, cluster: number): Promise<ClusterOutcome>;
    private submit;
    close(): Promise<void>;
}

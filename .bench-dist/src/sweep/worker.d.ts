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
export declare function runWorker(options: WorkerOptions): Promise<void>;

import type { Redis } from 'ioredis';
import type { ClusterRunOutput } from '../run/cluster-run.js';
/** A cluster job: plain data (BullMQ stores it as JSON). */
export interface ClusterTask {
    readonly dcsim: string;
    /** The split run's id (split-queue.ts). */
    readonly runId: string;
    readonly cluster: number;
    readonly seed?: number | string;
    /** The scenario file's name (for messages) and text; trace files are resolved in baseDir, so a worker on another machine needs the same path. */
    readonly file: string;
    readonly baseDir: string;
    readonly text: string;
    readonly runHosts: number;
}
/** What a worker stores for a cluster: its output, with Redis keys in place of its file paths. */
export interface StoredClusterOutput extends Omit<ClusterRunOutput, 'eventsFile' | 'clusterCsv' | 'hostCsv'> {
    readonly files: {
        readonly events: string;
        readonly cluster: string;
        readonly host: string | null;
    };
    /** `host:pid` of the worker process that simulated it. */
    readonly worker: string;
}
/** Simulates the task's cluster and stores it; false when an output was stored before (nothing simulated). */
export declare function processClusterTask(conn: Redis, task: ClusterTask): Promise<boolean>;

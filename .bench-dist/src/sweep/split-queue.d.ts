import type { Redis } from 'ioredis';
import type { ClusterExecutor } from '../run/split-run.js';
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
export declare class ClusterJobError extends Error {
}
export declare function splitRunId(source: ScenarioSource, seed: number | string | undefined): string;
/** `conn`: a connected client (see connectRedis); the caller closes it. */
export declare function splitQueue(conn: Redis, source: ScenarioSource, o: SplitQueueOptions): SplitQueue;

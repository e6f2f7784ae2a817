import type { Redis } from 'ioredis';
import type { Journal } from './journal.js';
import type { SweepPlan } from './plan.js';
export interface Failure {
    readonly run: string;
    readonly error: string;
}
export interface QueueOptions {
    readonly onProgress: (done: number, failed: number) => void;
    /** One line for the user (not on the progress bar's line). */
    readonly log: (line: string) => void;
    readonly pollMs?: number;
    /** Tries a job gets (its first run and retries after errors); a stalled job is retried apart from these. */
    readonly attempts?: number;
}
export interface QueueOutcome {
    readonly fromCheckpoint: number;
    readonly computed: number;
    readonly failures: readonly Failure[];
}
/** `conn`: a connected client (see connectRedis); the caller closes it. */
export declare function runOnQueue(conn: Redis, plan: SweepPlan, journal: Journal, options: QueueOptions): Promise<QueueOutcome>;

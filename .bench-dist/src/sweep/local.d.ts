import type { Failure } from './distributed.js';
import type { Journal } from './journal.js';
import type { SweepPlan } from './plan.js';
export interface LocalOutcome {
    readonly fromCheckpoint: number;
    readonly computed: number;
    readonly failures: readonly Failure[];
}
/**
 * With `splitClusters`, each run's clusters are simulated apart (each its own thread task) and
 * merged into the run's outcome, the same as the run in one piece.
 */
export declare function runLocal(plan: SweepPlan, journal: Journal, workers: number, onProgress: (done: number, failed: number) => void, splitClusters?: boolean): Promise<LocalOutcome>;

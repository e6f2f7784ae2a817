import { type RunRecord, type RunTask } from './execute.js';
import type { FrontierBasis, Objective } from './objectives.js';
import type { Segment } from './paths.js';
import type { ThreadPool } from './pool.js';
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
}
export declare function hostCountTask(s: HostCountSetup, n: number, r: number): RunTask;
/** Judges R runs' records at n hosts. */
export declare function judge(s: HostCountSetup, n: number, records: readonly RunRecord[]): Evaluation;
export declare function hostCountEvaluator(s: HostCountSetup, pool: ThreadPool | null, onEvaluated?: (e: Evaluation) => void): Evaluate;

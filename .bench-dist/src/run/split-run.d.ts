import type { HeadlineFigures, Report } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ClusterRunOutput, ClusterRunRequest } from './cluster-run.js';
/** The clusters of the scenario cannot run apart; `reasons` says why. */
export declare class SplitError extends Error {
    readonly reasons: readonly string[];
    constructor(reasons: readonly string[]);
}
export interface SplitRunOptions {
    readonly outDir: string;
    readonly force: boolean;
    readonly seed?: number | string;
    readonly wallClock: () => number;
    /** Worker threads (at most one per cluster); unused when `execute` is given. */
    readonly workers: number;
    readonly tag: string;
    /** Simulated time every cluster has reached (ms). */
    readonly onProgress?: (simMs: number, durationMs: number) => void;
    /** Called as each cluster's output arrives (threads only), e.g. to watch memory as clusters complete. */
    readonly onClusterDone?: (cluster: number) => void;
    /**
     * Where the clusters are simulated (default: `workers` threads of this process). Each output's
     * files must be in the folder its request names; outputs come back in request order.
     */
    readonly execute?: ClusterExecutor;
}
/**
 * Simulates each request's cluster somewhere (threads here, workers of a queue elsewhere);
 * `workers`: how many threads or processes did.
 */
export type ClusterExecutor = (requests: readonly ClusterRunRequest[], durationMs: number, onProgress?: (simMs: number, durationMs: number) => void) => Promise<{
    readonly outputs: ClusterRunOutput[];
    readonly workers: number;
}>;
export interface SplitRunResult {
    readonly report: Report;
    /** The datacenter's headline, unrounded (as the run in one piece gives it). */
    readonly headline: HeadlineFigures;
    readonly workers: number;
}
export declare function runSplitToFolder(scenario: Scenario, o: SplitRunOptions): Promise<SplitRunResult>;
/** Run the requests on `size` worker threads of this process; outputs in request order. */
export declare function runClustersOnThreads(requests: readonly ClusterRunRequest[], size: number, durationMs: number, onProgress?: (simMs: number, durationMs: number) => void, onClusterDone?: (cluster: number) => void): Promise<ClusterRunOutput[]>;

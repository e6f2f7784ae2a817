import type { ReplayPlan } from './build-scenario.js';
import { type HostGridSeries, type MetricError } from './metrics.js';
export interface SimulatedColumns {
    /** Column prefix, e.g. "simulated" or "before" / "after". */
    readonly prefix: string;
    readonly hosts: readonly HostGridSeries[];
}
/** observed-vs-simulated.csv: host, time, interval, then observed_X and <prefix>_X per metric. */
export declare function comparisonCsv(plan: ReplayPlan, startEpochMs: number | null, runs: readonly SimulatedColumns[]): string;
/** errors.csv: one row per metric (and phase, when several runs are compared). */
export declare function errorsCsv(phases: readonly {
    phase: string;
    errors: readonly MetricError[];
}[]): string;
/** One metric's errors as written to replay.json and calibration.json. */
export interface MetricErrorJson {
    readonly metric: string;
    readonly label: string;
    readonly unit: string;
    readonly cells: number;
    readonly weight: number;
    readonly rmse: number | null;
    readonly mae: number | null;
    readonly bias: number | null;
    readonly mapePct: number | null;
    readonly nrmse: number | null;
}
/** Errors as JSON-safe objects (NaN → null). */
export declare function errorsJson(errors: readonly MetricError[]): MetricErrorJson[];
/** A series as a JSON array (NaN → null, 4 significant decimals). */
export declare function seriesJson(a: Float64Array): (number | null)[];
/** Host series as JSON: { host, cpu: [...], ... }. */
export declare function hostSeriesJson(hosts: readonly HostGridSeries[]): Record<string, unknown>[];

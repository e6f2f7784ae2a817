/**
 * The host figures calibration compares, observed against simulated, per host and grid cell,
 * and the error of each. Observed: /proc/stat busy and steal, Σ vcpu.N.delay, KSM
 * pages_sharing × 4 KiB (what KSM saves, kernel documentation), swap and zswap from
 * /proc/meminfo and /proc/vmstat, Σ (maximum − current) balloon. Simulated: the same from the
 * model's host frame (host CPU busy = granted + the hypervisor's overhead, of the whole host).
 */
export declare const METRICS: readonly ["cpu", "steal", "ksm", "swap", "swapIn", "swapOut", "balloon", "zswap"];
export type Metric = (typeof METRICS)[number];
export interface MetricInfo {
    readonly label: string;
    readonly unit: string;
    /** Column stem in observed-vs-simulated.csv. */
    readonly column: string;
    /** Default weight in the fit objective (README, "Calibrating against your own KVM hosts"). */
    readonly weight: number;
    /** Smallest scale an error is measured against (keeps tiny observed values from dominating). */
    readonly floor: number;
}
export declare const METRIC_INFO: Record<Metric, MetricInfo>;
/** One host's series on the grid, one value per cell (NaN: not measured). */
export type HostGridSeries = {
    readonly host: string;
} & Record<Metric, Float64Array>;
export interface MetricError {
    readonly metric: Metric;
    /** Cells where both sides have a value. */
    readonly n: number;
    readonly weight: number;
    readonly rmse: number;
    readonly mae: number;
    /** Mean of simulated − observed. */
    readonly bias: number;
    /** Mean absolute percentage error over cells with |observed| ≥ the floor; NaN if none. */
    readonly mapePct: number;
    /** RMSE / max(RMS of observed, floor): the term the fit squares and weighs. */
    readonly nrmse: number;
}
export type Weights = Partial<Record<Metric, number>>;
/** Errors of every metric over all hosts. */
export declare function metricErrors(observed: readonly HostGridSeries[], simulated: readonly HostGridSeries[], weights?: Weights): MetricError[];
/**
 * The fit objective: the weighted mean of squared NRMSE over the metrics that have cells and
 * weight, J = Σ w·NRMSE² / Σ w. Its square root is reported as "error". Infinity when nothing
 * can be compared.
 */
export declare function objective(errors: readonly MetricError[]): number;
/** Number of compared cells over the weighted metrics (for the confidence estimate). */
export declare function comparedCells(errors: readonly MetricError[]): number;

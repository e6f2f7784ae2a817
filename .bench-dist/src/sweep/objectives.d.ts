export type Op = '<' | '<=' | '>' | '>=' | '==';
export type FrontierBasis = 'mean' | 'ci95';
export interface Objective {
    readonly metric: string;
    /** Index of the metric in METRICS. */
    readonly index: number;
    readonly op: Op;
    readonly threshold: number;
    /** Canonical text, e.g. `cpuReady.p95OfVmP95Pct<5`. */
    readonly text: string;
}
export declare class ObjectiveError extends Error {
}
/** p95 CPU ready under 5 %, no swap at any time, availability at least 99.95 %. */
export declare const DEFAULT_OBJECTIVES: readonly string[];
export declare function parseObjective(text: string): Objective;
/** The figures of one metric at one point that objectives are judged on (NaN: unknown). */
export interface Judged {
    readonly mean: number;
    readonly ciLow: number;
    readonly ciHigh: number;
}
/** Whether a point meets `o`; a metric the runs did not give fails its objective. */
export declare function meets(o: Objective, s: Judged, basis: FrontierBasis): boolean;

import type { HeadlineFigures } from '../report/schema.js';
export interface MetricDef {
    readonly name: string;
    readonly get: (h: HeadlineFigures) => number | null;
}
export declare const METRICS: readonly MetricDef[];
export declare const METRIC_NAMES: readonly string[];
/** A run's figures, in METRICS order; non-finite values are recorded as null. */
export declare function metricsOf(h: HeadlineFigures): (number | null)[];

import type { CalibrationTrace, GaugeSeries, RateSeries } from './trace.js';
export interface Grid {
    readonly stepMs: number;
    readonly cells: number;
}
export declare function resampleRate(s: RateSeries, g: Grid): Float64Array;
export declare function resampleGauge(s: GaugeSeries, g: Grid): Float64Array;
/**
 * The grid a trace replays on: `stepMs` when given, else the median VM sampling interval
 * rounded to whole seconds (at least 1 s); as many whole cells as the VM series cover.
 */
export declare function gridOf(trace: CalibrationTrace, stepMs?: number): Grid | string;

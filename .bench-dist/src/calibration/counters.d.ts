/**
 * Cumulative counters into rates (DOMAIN.md: "Counters are cumulative: difference consecutive
 * samples"). Only consecutive readings are paired: a reading that is missing (NaN: the VM was
 * absent or shut off, the file unreadable) breaks the chain, so nothing is smeared over a time
 * the source did not cover. A counter that goes down was reset (QEMU restarted, a wrap): that
 * interval is left out rather than read as a huge negative or positive spike. A gap in time
 * (a missed sample) keeps its interval: the counter's difference over it is exact, so the rate
 * is the true average over the gap. A timestamp that does not increase (the clock stepped back)
 * drops that reading.
 */
import type { ImportLog } from './import-log.js';
import type { GaugeSeries, RateSeries } from './trace.js';
/** A gap longer than this many median intervals is counted in the import summary. */
export declare const GAP_FACTOR = 3;
export interface DifferenceOptions {
    /** Multiplies Δvalue / Δt_s, e.g. 1e-9 for ns → cores. */
    readonly scale: number;
    /** Rates above this are implausible (a corrupted counter) and left out. */
    readonly maxRate?: number;
    /** Where skipped intervals are counted; `what` names the counter there. */
    readonly log?: ImportLog;
    readonly what?: string;
}
/** Differences readings (t in ms, v cumulative; NaN = not read) into a rate series. */
export declare function differenceCounter(t: ArrayLike<number>, v: ArrayLike<number>, o: DifferenceOptions): RateSeries;
/** Readings of a gauge, NaN readings dropped; `scale` converts units. */
export declare function gauge(t: ArrayLike<number>, v: ArrayLike<number>, scale?: number): GaugeSeries;
/** A rate series from values already per interval (formats that export averages). */
export declare function rateOf(t0: number[], t1: number[], v: number[]): RateSeries;
/** The median of consecutive differences of `t` (ms), NaN with fewer than two readings. */
export declare function medianStep(t: ArrayLike<number>): number;

/**
 * CSV trace files: a header `time_s,cpu_pct` (relative demand) or `time_s,cpu_mhz` (absolute
 * demand in MHz, the same cycles on any host) with an optional third column `mem_active_pct`,
 * then one row per sample. Times are seconds from the run start, strictly increasing; the
 * first need not be 0. Percentages are 0–100.
 */
import { type LineProblem } from './lines.js';
export interface CsvSeries {
    /** Sample start times, ms from the run start, strictly increasing. */
    timesMs: Float64Array;
    /** CPU demand: fraction 0..1 (cpu_pct), or a fraction of refMhz (cpu_mhz). */
    cpu: Float32Array;
    /** cpu_mhz files: the peak MHz the cpu fractions are of; null for cpu_pct. */
    refMhz: number | null;
    /** Times are from the run start: no absolute time. */
    startEpochMs: null;
    /** Active memory, fraction 0..1, when the file has the third column. */
    memActive: Float32Array | null;
    /** Empty when the file parsed; otherwise the arrays must not be used. */
    problems: LineProblem[];
}
/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export declare function parseCsvTrace(text: string): CsvSeries;

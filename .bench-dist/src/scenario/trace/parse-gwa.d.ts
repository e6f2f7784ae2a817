/**
 * Grid Workloads Archive GWA-T-12 (Bitbrains) VM files as published: fields separated by ";"
 * (followed by a tab in the published files), header `Timestamp [ms]; CPU cores; CPU capacity
 * provisioned [MHZ]; CPU usage [MHZ]; CPU usage [%]; Memory capacity provisioned [KB]; Memory
 * usage [KB]; Disk read throughput [KB/s]; Disk write throughput [KB/s]; Network received
 * throughput [KB/s]; Network transmitted throughput [KB/s]` (data/bitbrains/README.md; DOMAIN.md,
 * Bitbrains / Materna traces). The timestamps are Unix seconds despite the header (read as ms
 * only when too large to be seconds). CPU usage [MHZ] is absolute demand: it is kept in MHz
 * (as a fraction of the first row's provisioned capacity, `refMhz`), never capped at the
 * provisioned capacity, so a VM replays the same cycles on a host of any speed.
 * Times are made relative to the first row: the file's first sample is the run start.
 */
import { type LineProblem } from './lines.js';
export interface GwaSeries {
    /** Sample times, ms from the first row, strictly increasing. */
    timesMs: Float64Array;
    /** CPU usage as a fraction of refMhz (may exceed 1). */
    cpu: Float32Array;
    /** Memory usage / provisioned memory, 0..1, when both columns are present. */
    memActive: Float32Array | null;
    /** The first row's provisioned CPU capacity, MHz (or the peak usage when the column is absent). */
    refMhz: number;
    /** Unix ms of the first row. */
    startEpochMs: number | null;
    problems: LineProblem[];
}
/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export declare function parseGwaTrace(text: string): GwaSeries;

/**
 * Readers that turn one trace file into TraceData, with a per-load cache so a file used by
 * several VMs or groups is read and parsed once and its problems are reported once.
 */
import type { ScenarioProblem } from '../errors.js';
import type { TraceData } from '../scenario.js';
import type { WorkloadSpec } from '../schema.js';
type TraceSpec = Extract<WorkloadSpec, {
    type: 'trace';
}>;
/** PlanetLab/CoMon files are sampled every 5 minutes. */
export declare const PLANETLAB_INTERVAL_MS = 300000;
export interface TraceFile {
    abs: string;
    source: string;
    display: string;
}
export interface TraceReader {
    /** The file's TraceData, or `null` after adding its problems to `sink` (only on first read). */
    read(file: TraceFile, w: TraceSpec, sink: ScenarioProblem[]): TraceData | null;
}
/** PlanetLab files: sample i is at i × interval (default 300 s). */
export declare function planetLabTrace(): TraceReader;
/** CSV files: `time_s,cpu_pct` or `time_s,cpu_mhz` (parse-csv.ts). */
export declare function csvTrace(): TraceReader;
/** GWA-T-12 Bitbrains files (parse-gwa.ts): absolute MHz. */
export declare function gwaTrace(): TraceReader;
export {};

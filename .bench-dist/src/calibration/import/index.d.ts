import { type CalibrationTrace, type TraceFormat } from '../trace.js';
import type { VcpuTimeUnit } from '../units.js';
export declare class TraceReadError extends Error {
}
export interface ImportOptions {
    /** The format; detected from the path and content when absent. */
    readonly format?: TraceFormat;
    /** Spacing of snapshots that carry no timestamps (domstats text, Prometheus), ms. */
    readonly intervalMs?: number;
    /** Only archive members / folder files whose path starts with this (PlanetLab .tar.gz). */
    readonly select?: string;
    /** Unit of vcpu.N.time / vcpu.N.delay (units.ts); default auto. */
    readonly vcpuTimeUnit?: VcpuTimeUnit;
}
/** The format of `path` from its name and first lines. */
export declare function detectFormat(path: string): TraceFormat;
/** Reads and normalizes the trace at `path` (a file or a folder). */
export declare function importTrace(path: string, o?: ImportOptions): CalibrationTrace;

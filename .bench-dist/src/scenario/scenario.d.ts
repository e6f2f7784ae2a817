/**
 * The loaded scenario: what every phase after the loader works from. It holds validated,
 * defaulted values and the trace samples already read, so nothing downstream opens files
 * or sees raw input.
 */
import type { ScenarioSpec } from './schema.js';
/**
 * One VM's recorded demand. Arrays are shared between VMs that replay the same file and
 * must be treated as read-only.
 */
export interface TraceData {
    /** Path as written, relative to the scenario folder (for a folder: folder/file), for reports. */
    source: string;
    /** Start of each sample, ms from run start, strictly increasing; first = 0 for planetlab. */
    timesMs: Float64Array;
    /**
     * CPU demand: a fraction of `refMhz` when it is set (absolute demand, may exceed 1), else a
     * fraction 0..1 of the VM's vCPU capacity on the host it runs on.
     */
    cpu: Float32Array;
    /** MHz a cpu value of 1 stands for, for files in absolute units (cpu_mhz, GWA-T-12); null = relative. */
    refMhz: number | null;
    /** Unix ms of the file's time 0, for formats with absolute time (GWA-T-12); null otherwise. */
    startEpochMs: number | null;
    /** Active memory fraction 0..1, when the trace has it. */
    memActive: Float32Array | null;
}
export interface Scenario {
    /** Validated, defaults filled, durations in ms (deeply frozen). */
    readonly spec: ScenarioSpec;
    /** The scenario file as given. */
    readonly file: string;
    /** Hex SHA-256 of the file bytes, to tie reports to the exact input. */
    readonly sha256: string;
    /** `Date.parse(spec.start)`: the simulated start, ms since the Unix epoch. */
    readonly startEpochMs: number;
    /**
     * Trace workloads, keyed `${clusterIndex}/${vmGroupIndex}` → one TraceData per VM of the
     * group, in VM order. Groups without a trace workload have no entry.
     */
    readonly traces: ReadonlyMap<string, readonly TraceData[]>;
    /** Things that load but may not mean what the author thinks, each `file:line:col: path: message`. */
    readonly warnings: readonly string[];
}
/** The key of a VM group in `Scenario.traces`. */
export declare function traceKey(clusterIndex: number, vmGroupIndex: number): string;
/**
 * Freezes plain objects and arrays recursively, so later phases cannot change their shared
 * input, and returns the same value. Typed arrays cannot be frozen (JavaScript forbids it)
 * and a Map's entries stay settable at run time, so those are protected by their read-only
 * types only; their contents are still visited.
 */
export declare function deepFreeze<T>(value: T): T;

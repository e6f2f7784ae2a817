/**
 * The replay scenario a trace describes, as a plain object for the normal loader: one cluster,
 * one KVM host group per traced host (its cores, MHz and memory from nodeinfo / /proc, KSM and
 * zswap as the host had them), one VM group and template per traced VM (its vCPUs and memory),
 * each VM pinned to its host by a vm-host must rule and driven by a `csv` trace of its demand:
 * CPU used + run-queue wait (what it would have used uncontended), as % of its vCPUs (cpu_pct,
 * cores of the traced host) or, for a source in absolute units (VmTrace.cpuRefMhz, GWA-T-12), in
 * MHz (cpu_mhz, not capped: the simulated host caps it at its own vCPU capacity), and the
 * memory its guest used. A VM first seen after the trace starts is created at its first sample
 * (provisioned, ready at once), and one last seen before the trace ends is deleted after its
 * last, so neither holds host memory while it did not exist. Cells without a CPU sample in
 * between are a VM not running (demand 0), except a short hole a counter reset left, which
 * holds the previous level.
 */
import { type Grid } from '../resample.js';
import type { CalibrationTrace, HostTrace, VmTrace } from '../trace.js';
import type { HostGridSeries } from './metrics.js';
/** Defaults for what a trace may not say (noted when used). */
export declare const DEFAULT_MHZ = 2400;
export declare const DEFAULT_VM_MEMORY_MIB = 1024;
/** Active memory of a VM whose guest does not report it: the scenario default (25 %). */
export declare const DEFAULT_ACTIVE_PCT = 25;
export interface ReplayHost {
    /** Host group name in the scenario. */
    readonly group: string;
    readonly trace: HostTrace;
    /** VM group names, in the order of `vms`. */
    readonly vmGroups: readonly string[];
    readonly vms: readonly VmTrace[];
}
export interface ReplayPlan {
    /** The scenario object, before any overlay. */
    readonly spec: Record<string, unknown>;
    /** Trace files the scenario references, relative path → text. */
    readonly files: ReadonlyMap<string, string>;
    readonly grid: Grid;
    readonly hosts: readonly ReplayHost[];
    readonly observed: readonly HostGridSeries[];
    /** Per VM group: demand as a fraction of its vCPUs per cell (of its reference cores for absolute sources). */
    readonly demand: ReadonlyMap<string, Float64Array>;
    readonly notes: readonly string[];
    /** Defaults that move figures (a host MHz assumed), printed as warnings; also in notes. */
    readonly warnings: readonly string[];
}
/** Longest run of cells without a CPU rate, between two with one, that is a hole (a counter reset) rather than the VM not running. */
export declare const MAX_HOLE_CELLS = 2;
/** Builds the replay plan of `trace` on grid `g`. */
export declare function buildReplay(trace: CalibrationTrace, g: Grid, name?: string): ReplayPlan;

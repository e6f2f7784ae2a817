/**
 * Pre-copy live migration as a closed-form plan (DOMAIN.md, Placement and balancing; SimGrid
 * `src/plugins/vm/VmLiveMigration.cpp`, QEMU `migration/ram.c` auto-converge): send all RAM, then
 * repeatedly the pages dirtied during the previous round, until the remainder fits in the max
 * downtime; then pause the guest and send the rest. Pure: no clock, no state, no randomness.
 */
import type { MHz, MiB } from '../units.js';
/** What to do when `maxRounds` pre-copy rounds did not bring the remainder under the downtime. */
export type NonConvergence = 'abort' | 'auto-converge' | 'force';
export interface PreCopyInput {
    /** VM RAM (MiB), ≥ 0. */
    memoryMiB: MiB;
    /** Guest page dirty rate (MiB/s), ≥ 0; libvirt `dirtyrate.megabytes_per_second`. */
    dirtyMiBps: number;
    /** Writable working set (MiB): a round never re-sends more than this (the caller caps it at 90 % of RAM). */
    workingSetMiB: MiB;
    /** Link bandwidth available to this migration (MiB/s), > 0. */
    bandwidthMiBps: number;
    /** Longest allowed stop-and-copy pause (ms), ≥ 0 (SimGrid and DOMAIN.md: 30 ms). */
    maxDowntimeMs: number;
    /** Pre-copy rounds (including the full copy) before non-convergence handling; integer ≥ 1. */
    maxRounds: number;
    nonConvergence: NonConvergence;
    /** Auto-converge throttle increment per extra round (QEMU cpu-throttle-increment), 1–100, default 10. */
    autoConvergeStepPct?: number;
}
export interface PreCopyPlan {
    /** False only for 'abort' without convergence: aborted at the end of the last round, VM stays on the source. */
    converged: boolean;
    /** Wall time (ms): all pre-copy rounds + downtime; for an abort, the time until the abort. */
    durationMs: number;
    /** Pre-copy rounds done (round 1 = the full copy), auto-converge rounds included. */
    rounds: number;
    /** Total data sent (MiB), stop-and-copy included. */
    transferredMiB: MiB;
    /** Stop-and-copy pause (ms); 0 when aborted or when nothing was left to send. */
    downtimeMs: number;
    /** Guest CPU throttle (%) reached by auto-converge; 0 when it was not needed or not enabled. */
    throttlePct: number;
}
/** QEMU cpu-throttle-initial: the first auto-converge throttle (%). */
export declare const AUTO_CONVERGE_INITIAL_PCT = 20;
/** QEMU cpu-throttle-increment default (%). */
export declare const AUTO_CONVERGE_STEP_PCT = 10;
/** QEMU max-cpu-throttle default (%): the guest always keeps 1 % of its CPU. */
export declare const AUTO_CONVERGE_MAX_PCT = 99;
/**
 * Plans one pre-copy migration. Round k sends x_k (x_1 = M) in x_k / b; the guest dirties
 * r_k = min(d·(1 − throttle)·x_k / b, W) meanwhile. If r_k / b ≤ maxDowntime the VM pauses and
 * r_k is sent (the downtime), else r_k is round k+1. For d < b and no cap, x_k = M (d/b)^(k−1).
 * Sizes, times and the stop test all use x·1000/b, so a larger dirty rate never shortens the plan
 * and a converged plan never exceeds maxDowntime, exactly, in floating point.
 */
export declare function planPreCopy(input: PreCopyInput): PreCopyPlan;
/**
 * CPU (MHz) vMotion reserves on each of the source and destination hosts while a migration runs
 * (DOMAIN.md: 30 % of a core for 1 GbE, a full core for 10 GbE). Between 1 and 10 GbE we
 * interpolate linearly (our assumption, VMware gives only the two points); below 1 GbE it stays at
 * 30 %, at 10 GbE and faster it is capped at one core.
 */
export declare function migrationCpuMhz(nicGbps: number, coreMhz: MHz): MHz;

/**
 * Traces produced by dcsim itself, for calibration tests: a host (or several) of 4 cores and
 * 16 GiB with KSM on and four 2-vCPU 2 GiB guests of known demand is simulated with hidden parameter values,
 * and what the simulator says the host did becomes the "observed" trace, in the units a real
 * collector would report (VM CPU used and run-queue wait, host CPU busy, KSM pages_sharing).
 */
import { type ReplayPlan } from '../../src/calibration/replay/build-scenario.js';
import type { Overlay } from '../../src/calibration/overlay.js';
import type { Grid } from '../../src/calibration/resample.js';
import { type CalibrationTrace } from '../../src/calibration/trace.js';
export declare const GRID: Grid;
/** Demand of VM i in cell k, fraction of its vCPUs: a slow wave that crowds the host at its peaks. */
export declare function demandOf(i: number, k: number): number;
/**
 * The observed trace the hidden overlay produces on `hosts` hosts (host h's VMs run the waves
 * of `demandOf` shifted by 2h, so hosts differ), its replay plan and the plan's files' folder.
 */
export declare function observedTrace(hidden: Overlay, hosts?: number): {
    trace: CalibrationTrace;
    plan: ReplayPlan;
    dir: string;
    truth: ReplayPlan;
};
/** The replay plan of the one-host observed trace the hidden overlay produces, and its trace files' folder. */
export declare function observedPlan(hidden: Overlay): {
    plan: ReplayPlan;
    dir: string;
    truth: ReplayPlan;
};
/**
 * The observed trace of `observedPlan` as the collector would have written it (collect/format.ts):
 * one sample per cell boundary, counters accumulated from the rates (cpu.time and vcpu.0.delay
 * in ns, /proc/stat ticks at USER_HZ 100), KSM pages_sharing read at the sample instants.
 */
export declare function collectorNdjson(hidden: Overlay): string;

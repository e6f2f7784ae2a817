/**
 * How much work a run asks for, known before it starts: VM-steps simulated and bytes written.
 * A run beyond the limits is refused unless the user says `--allow-large`, so that a typo
 * (`duration: 100000000d`) or an unintended 10-million-VM file cannot fill a disk or run for
 * hours without a word.
 *
 * The byte figures are estimates from row sizes measured on `scenarios/default.yaml`'s outputs
 * (a host-series row ≈ 230 B, a cluster-series row ≈ 265 B, a vms.csv row ≈ 210 B; report.json
 * and report.html each carry the series again). The event log depends on what happens and is
 * not counted.
 */
import type { ScenarioSpec } from '../scenario/schema.js';
export interface WorkEstimate {
    readonly vms: number;
    readonly hosts: number;
    readonly clusters: number;
    /** Workload steps of the run (duration / step). */
    readonly steps: number;
    /** Output intervals of the time series (duration / outputs.interval). */
    readonly intervals: number;
    /** VMs × steps: what the simulation's cost grows with. */
    readonly vmSteps: number;
    /** Bytes of the time series, vms.csv, report.json and report.html, event log left out. */
    readonly outputBytes: number;
}
export interface WorkLimits {
    readonly vmSteps: number;
    readonly outputBytes: number;
}
/**
 * Defaults: 2 × 10⁹ VM-steps is a few minutes of simulation at the measured 11 M VM-steps/s
 * (README, "Performance") and many times any shipped scenario; 4 GB of outputs is more than a
 * report viewer opens.
 */
export declare const DEFAULT_LIMITS: WorkLimits;
export declare function estimateWork(spec: ScenarioSpec): WorkEstimate;
/** Why the run is beyond the limits (empty: within them). */
export declare function overLimits(e: WorkEstimate, limits?: WorkLimits): string[];
/** One line for the terminal: what the run will do. */
export declare function describeWork(e: WorkEstimate): string;

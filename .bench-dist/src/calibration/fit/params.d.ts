/**
 * The model parameters `dcsim calibrate --fit` can fit, each with its bounds, the scale the
 * optimiser searches it on (log for rates spanning decades), where it lives in a scenario, and
 * the overlay that sets it. Host-group parameters apply to every KVM host group, template
 * parameters to every template (overlay.ts).
 *
 * Steal is unmet demand (max-min fair by shares, DOMAIN.md, CPU) plus the run-queue wait of
 * vCPU wake-ups below saturation, scaled by `readyPerRun` (model/cpu/run-queue.ts); the capacity
 * left to the VMs moves the first, through cpuOverheadPct and foreignLoadCores (CPU of non-VM
 * processes on the host, its own input rather than folded into the hypervisor's overhead).
 */
import { type Overlay } from '../overlay.js';
type Obj = Record<string, unknown>;
export declare const PARAM_KEYS: readonly ["cpuOverheadPct", "foreignLoadCores", "readyPerRun", "ksmPagesPerSec", "zeroPct", "intraPct", "interPct", "compressiblePct", "balloonRateMiBps", "swapBandwidthMiBps"];
export type ParamKey = (typeof PARAM_KEYS)[number];
export interface FitParam {
    readonly key: ParamKey;
    readonly label: string;
    readonly unit: string;
    readonly lo: number;
    readonly hi: number;
    readonly scale: 'linear' | 'log';
    /** Its value in a scenario object (first KVM host group / first template), else the model default. */
    readonly baseline: (spec: Obj) => number;
    /** The overlay that sets it; `ksmSleepMs` is the host's sleep_millisecs when the trace had it. */
    readonly overlay: (value: number, final: boolean, ksmSleepMs: number | null) => Overlay;
    readonly decimals: number;
}
export declare const PARAMS: Record<ParamKey, FitParam>;
/** The parameters a `--fit` list names, or the message for the first name that is not one. */
export declare function parseFitList(text: string): ParamKey[] | string;
/** Parameter value → unit-box coordinate, and back. */
export declare function toUnit(p: FitParam, x: number): number;
export declare function fromUnit(p: FitParam, z: number): number;
/** dx/dz at z (for the confidence estimate). */
export declare function unitDerivative(p: FitParam, z: number): number;
export {};

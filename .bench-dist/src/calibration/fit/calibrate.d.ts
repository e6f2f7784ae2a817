/**
 * Fitting model parameters to a trace: Nelder–Mead over the chosen parameters (unit box,
 * params.ts), each evaluation one replay simulation (replay/evaluate.ts) scored by the weighted
 * NRMSE objective (replay/metrics.ts), then a curvature confidence estimate at the optimum and
 * a final evaluation of the overlay as it will be written. Deterministic: no random numbers,
 * the same trace and options give the same fit.
 */
import { type Overlay } from '../overlay.js';
import type { ReplayPlan } from '../replay/build-scenario.js';
import { type Evaluation } from '../replay/evaluate.js';
import { type Weights } from '../replay/metrics.js';
import { type ParamKey } from './params.js';
export declare class CalibrationError extends Error {
}
export interface CalibrateOptions {
    readonly fit: readonly ParamKey[];
    /** The user's overlay, applied under the fitted parameters. */
    readonly overlay: Overlay | null;
    readonly weights?: Weights;
    /** Evaluations the optimiser may spend (default 40 + 30 per parameter). */
    readonly maxEvals?: number;
    /** Folder holding the plan's trace files (replay/evaluate.ts writePlanFiles). */
    readonly workDir: string;
}
export interface FittedParam {
    readonly key: ParamKey;
    readonly label: string;
    readonly unit: string;
    readonly bounds: readonly [number, number];
    readonly before: number;
    readonly after: number;
    /** Linearised standard error, null when not estimated. */
    readonly stdErr: number | null;
    /** Approximate 95 % interval (in the search scale, clipped to the bounds), null when not estimated. */
    readonly ci95: readonly [number, number] | null;
    readonly note: string | null;
}
export interface CalibrationResult {
    readonly params: readonly FittedParam[];
    readonly before: Evaluation;
    readonly after: Evaluation;
    /** The user's overlay with the fitted parameters, as written to overlay.yaml. */
    readonly overlay: Overlay;
    readonly evaluations: number;
    readonly converged: boolean;
    readonly history: readonly {
        readonly values: readonly number[];
        readonly objective: number;
    }[];
    readonly notes: readonly string[];
}
export declare function calibrate(plan: ReplayPlan, o: CalibrateOptions): CalibrationResult;

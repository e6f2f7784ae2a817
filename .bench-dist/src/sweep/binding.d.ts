/**
 * Did a swept setting change what happened? A cap allows a density; the placement reaches one.
 * A point whose setting did not change the placement it achieved (hosts in use, the mean and
 * the busiest host's ratio) against the next lower value of the same parameter (all other
 * parameters equal) is *not binding*: its results say nothing about
 * that setting, so it is never reported as met ("safe") for it.
 *
 * Each parameter is tied to the figure it drives: the vCPU:pCPU cap to the achieved vCPU per
 * core, the memory cap to the achieved memory overcommit, a host count to the hosts in use.
 * For the lowest value of a group there is no lower neighbour: a cap binds there when some
 * placement was refused by it; any other setting is taken as binding.
 */
import type { Parameter } from './expand.js';
import { type SweepValue } from './paths.js';
import type { PointResult } from './results.js';
/** The achieved figure a parameter drives and, for caps, the binding count that shows it was hit. */
export interface Driven {
    readonly achieved: string;
    /** The same figure on the busiest host (null when the figure is not per host). */
    readonly busiest: string | null;
    readonly unit: string;
    readonly boundBy: string | null;
}
/** The figure parameter p drives, or null when it drives none we can measure. */
export declare function drivenBy(p: Pick<Parameter, 'targets'>): Driven | null;
/** The achieved figure at a point (mean over its replications); NaN when unknown. */
export declare function achievedAt(r: PointResult, d: Driven): number;
/** The figure on the busiest host at a point; NaN when unknown or not per host. */
export declare function busiestAt(r: PointResult, d: Driven): number;
/**
 * Per point (by index in `results`), per parameter: true when the parameter's value changed the
 * achieved figure, false when it did not, null when the parameter drives no measured figure or
 * is not numeric.
 */
export declare function bindingMatrix(parameters: readonly Parameter[], results: readonly PointResult[]): (boolean | null)[][];
/** The other parameters' values as `name=value` joined by spaces. */
export declare function fixedLabel(parameters: readonly Parameter[], values: readonly SweepValue[], skip: number): string;
/** Points grouped by the other parameters' values, each group sorted by parameter j ascending. */
export declare function groupsAlong(parameters: readonly Parameter[], results: readonly PointResult[], j: number): PointResult[][];

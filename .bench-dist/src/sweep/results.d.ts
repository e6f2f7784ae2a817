import { type BindingName } from './density-text.js';
import type { Parameter, Point } from './expand.js';
import type { RunRecord } from './execute.js';
import { type FrontierBasis, type Objective } from './objectives.js';
import { type Summary } from './stats.js';
export interface PointResult {
    readonly point: Point;
    readonly runs: number;
    /** One summary per metric, in METRICS order. */
    readonly stats: readonly Summary[];
    /** Objectives (their text) the point fails. */
    readonly failing: readonly string[];
}
export interface FrontierRow {
    readonly parameter: string;
    /** The other parameters' values, `name=value` joined by spaces ('' when there are none). */
    readonly fixed: string;
    /** Highest value whose point meets every objective and whose value was binding; null when none. */
    readonly highestMet: number | null;
    /** What that point achieved (mean over replications) of the figure the parameter drives; null when unknown. */
    readonly achieved: number | null;
    /** The same figure on the busiest host at that point; null when unknown. */
    readonly achievedBusiest: number | null;
    /** The achieved figure's unit ('vCPU/core', 'memory overcommit', 'hosts in use'); null for other parameters. */
    readonly achievedUnit: string | null;
    /** Hosts in use at that point (mean over replications). */
    readonly hostsInUse: number | null;
    /** The constraint that bound most placements at that point. */
    readonly boundBy: BindingName | null;
    /** The lowest binding value above the highest met one that fails (the lowest value when none meets); null when none. */
    readonly nextFailing: number | null;
    /** Objectives the next value fails. */
    readonly failingObjectives: readonly string[];
    /** Values below the highest met one that fail too (ascending). */
    readonly failingBelow: readonly number[];
    /** Values that did not change the achieved figure against the next lower value (ascending): not binding. */
    readonly notBinding: readonly number[];
    /** The row in words, e.g. "cap 8 → achieved 4 vCPU/core on 5 hosts, bound by the memory cap". */
    readonly statement: string;
}
/** Records must be sorted by run id (so each point's replications are in order). */
export declare function pointResults(points: readonly Point[], records: readonly RunRecord[], objectives: readonly Objective[], basis: FrontierBasis): PointResult[];
/** The constraint that bound most placements at a point (mean counts); 'none' when none bound any. */
export declare function bindingAt(r: PointResult): BindingName;
export declare function frontier(parameters: readonly Parameter[], results: readonly PointResult[]): FrontierRow[];
/** The row in words: achieved terms, never the setting alone. */
export declare function statementOf(r: Omit<FrontierRow, 'statement'>): string;

import type { Segment, SweepValue } from './paths.js';
export interface Parameter {
    /** As written: a path or an alias (also the column name in the CSV files). */
    readonly name: string;
    readonly values: readonly SweepValue[];
    /** Concrete scenario paths the parameter sets (an alias sets one per cluster). */
    readonly targets: readonly (readonly Segment[])[];
}
export interface Point {
    readonly index: number;
    readonly id: string;
    /** One value per parameter, in parameter order. */
    readonly values: readonly SweepValue[];
}
export interface RunSpec {
    readonly id: string;
    readonly point: number;
    readonly replication: number;
    readonly seed: number;
}
export declare function pointId(index: number, points: number): string;
export declare function runId(point: number, replication: number, points: number, replications: number): string;
/** Every combination of values, the first parameter varying slowest; no parameters: one point. */
export declare function expandPoints(parameters: readonly Pick<Parameter, 'values'>[]): Point[];
/** The seed of replication `r` (any point): see the module comment. */
export declare function replicationSeed(root: number | string, r: number): number;
/** Every run of the sweep, in run-id order. */
export declare function expandRuns(points: number, replications: number, root: number | string): RunSpec[];
/**
 * The sweep's identity: a hash of everything that decides its runs' results (dcsim version,
 * scenario content without its sweep section, parameters, replications, root seed). The same
 * command gives the same id, which names its checkpoint and its jobs; objectives do not count,
 * since they only judge results.
 */
export declare function sweepIdOf(content: unknown): string;

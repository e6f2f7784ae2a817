import { type Scenario } from '../scenario/index.js';
import { type SweepOptionsInput } from './definition.js';
import { type Parameter, type Point, type RunSpec } from './expand.js';
import type { FrontierBasis, Objective } from './objectives.js';
import { type Assignment } from './paths.js';
/** The scenario or a swept value does not load (exit code 3); every problem found, one per line. */
export declare class SweepInputError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
export interface SweepPlan {
    readonly id: string;
    readonly name: string;
    /** The scenario file as the user named it, and the folder trace paths are resolved against. */
    readonly file: string;
    readonly baseDir: string;
    /** SHA-256 of the scenario file. */
    readonly sha256: string;
    /** The scenario without its sweep section, as JSON text. */
    readonly base: string;
    readonly rootSeed: number | string;
    readonly parameters: readonly Parameter[];
    readonly replications: number;
    readonly points: readonly Point[];
    readonly runs: readonly RunSpec[];
    readonly objectives: readonly Objective[];
    readonly frontier: FrontierBasis;
    readonly warnings: readonly string[];
}
export interface PlanOptions extends SweepOptionsInput {
    readonly seed?: number | string;
}
/** The assignments that make point `values` out of the base scenario. */
export declare function assignmentsOf(parameters: readonly Parameter[], values: readonly unknown[]): Assignment[];
/** The scenario of one point: the base with its assignments, through the normal loader. */
export declare function pointScenario(base: string, assignments: readonly Assignment[], file: string, baseDir: string): Scenario;
/**
 * Builds the plan. `scenario` is the loaded base scenario (its own problems were reported with
 * lines by the loader); `location` is where its file is read from.
 */
export declare function planSweep(scenario: Scenario, location: string, options: PlanOptions): SweepPlan;

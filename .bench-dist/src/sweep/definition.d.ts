/**
 * What a sweep varies, as the user wrote it: `--set path=v1,v2,...` arguments, or the `sweep`
 * section of the scenario file (the command line wins: any --set replaces the file's set, and
 * --replications, --objective and --frontier replace their counterparts).
 */
import { type FrontierBasis, type Objective } from './objectives.js';
import { type SweepValue } from './paths.js';
/** A mistake in how the sweep is asked for (exit code 2), listing every one found. */
export declare class SweepUsageError extends Error {
    readonly problems: readonly string[];
    constructor(problems: readonly string[]);
}
/** A parameter before its paths are resolved against the scenario. */
export interface ParameterInput {
    readonly name: string;
    readonly values: readonly SweepValue[];
    /** How the user wrote it, for messages: `--set cpu.overcommit=1,2` or `sweep.set.cpu.overcommit`. */
    readonly origin: 'cli' | 'file';
}
export interface SweepOptionsInput {
    readonly set?: readonly string[];
    readonly replications?: number;
    readonly objectives?: readonly string[];
    readonly frontier?: FrontierBasis;
}
export interface SweepSection {
    readonly set: Readonly<Record<string, readonly SweepValue[]>>;
    readonly replications: number;
    readonly objectives?: readonly string[] | undefined;
    readonly frontier?: FrontierBasis | undefined;
}
export interface SweepDefinition {
    readonly parameters: readonly ParameterInput[];
    readonly replications: number;
    readonly objectives: readonly Objective[];
    readonly frontier: FrontierBasis;
}
/** `path=v1,v2,...` → name and values; values are numbers, true / false, null or text. */
export declare function parseSetArgument(arg: string): ParameterInput;
/** How a parameter's values are named in messages: `--set cpu.overcommit=2,4` or `sweep.set["cpu.overcommit"] value 2`. */
export declare function describeSetting(p: Pick<ParameterInput, 'name' | 'origin'>, values: readonly SweepValue[]): string;
/** Resolves the command line against the file's sweep section; every problem at once. */
export declare function sweepDefinition(cli: SweepOptionsInput, section: SweepSection | undefined): SweepDefinition;

import { type CliIo } from '../cli/io.js';
export interface SizeCommandOptions {
    readonly objective: readonly string[];
    readonly replications?: string;
    readonly seed?: number | string;
    readonly hosts?: string;
    readonly min?: string;
    readonly max?: string;
    readonly spare?: string;
    readonly basis?: string;
    readonly workers?: string;
    readonly out?: string;
    readonly force: boolean;
    readonly quiet: boolean;
}
/** Every VM placed is part of every sizing: a count that leaves VMs off is not an answer. */
export declare const SIZE_OBJECTIVES: readonly string[];
export declare function sizeCommand(file: string, opts: SizeCommandOptions, io: CliIo): Promise<number>;

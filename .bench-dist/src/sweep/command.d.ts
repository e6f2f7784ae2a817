import { type CliIo } from '../cli/io.js';
/** What the commands take from the process: the CLI's, but for the temp-file tag. */
export type SweepIo = Omit<CliIo, 'tag'>;
export interface SweepCommandOptions {
    readonly set: readonly string[];
    readonly replications?: string;
    readonly seed?: number | string;
    readonly workers?: string;
    readonly out?: string;
    readonly force: boolean;
    readonly restart: boolean;
    readonly queue?: string;
    readonly objective: readonly string[];
    readonly frontier?: string;
    readonly quiet: boolean;
    /** Run even when one run of the sweep is beyond the default work limits. */
    readonly allowLarge?: boolean;
    /** Simulate each run's clusters apart (on the worker threads) and merge them. */
    readonly splitClusters?: boolean;
}
/** A whole number ≥ min from an option, or a usage error naming it. */
export declare function parseCount(text: string, option: string, min: number): number;
/** Words wrapped at 100 columns. */
export declare function wrap(text: string, width?: number): string;
/** Runs, or resumes, a sweep and writes its output folder. */
export declare function sweepCommand(file: string, opts: SweepCommandOptions, io: SweepIo): Promise<number>;
export interface WorkerCommandOptions {
    readonly queue: string;
    readonly concurrency?: string;
    readonly lockDuration?: string;
    readonly stalledInterval?: string;
    readonly maxStalled?: string;
    readonly quiet: boolean;
}
/** Processes sweep jobs until `stop` resolves. */
export declare function workerCommand(opts: WorkerCommandOptions, io: SweepIo, stop: Promise<void>): Promise<number>;

import { Simulation, type SimulateOptions } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import { type GraphSnapshot } from './snapshot.js';
export declare const CHECKPOINT_FORMAT = "dcsim-checkpoint";
export declare const CHECKPOINT_VERSION = 1;
export interface Checkpoint {
    readonly format: typeof CHECKPOINT_FORMAT;
    readonly version: typeof CHECKPOINT_VERSION;
    readonly dcsim: string;
    readonly scenario: {
        readonly file: string;
        readonly baseDir: string;
        readonly sha256: string;
        readonly text: string;
    };
    readonly seed: number | string;
    readonly t: number;
    readonly sha256: string;
    readonly state: GraphSnapshot;
}
export declare class CheckpointError extends Error {
    readonly name = "CheckpointError";
}
/** The checkpoint of `sim` now (between events). `scenarioText` is the scenario file's text. */
export declare function checkpoint(sim: Simulation, scenarioText: string, baseDir: string): Checkpoint;
/** Write a checkpoint atomically (temp file + rename). */
export declare function writeCheckpoint(file: string, ck: Checkpoint): void;
/** Whether a file's first bytes are a checkpoint's (`format` is written first). */
export declare function isCheckpointHead(head: string): boolean;
/** Read and check a checkpoint file: format, version, dcsim version and integrity. */
export declare function readCheckpoint(file: string): Checkpoint;
/** The scenario a checkpoint was taken from. */
export declare function checkpointScenario(ck: Checkpoint): Scenario;
/** A simulation restored from a checkpoint, ready to continue from ck.t. */
export declare function restore(ck: Checkpoint, options?: Omit<SimulateOptions, 'seed'>): Simulation;
/** Where a scenario's text and folder come from, for a checkpoint of a run loaded from a file. */
export declare function scenarioSource(file: string): {
    text: string;
    baseDir: string;
};

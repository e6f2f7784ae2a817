import type { Scenario } from '../scenario/scenario.js';
import { type DatastoreSummary, type ReportPage } from './result-files.js';
import type { World } from '../model/world.js';
import type { LoadedPolicy } from '../api/policy.js';
import { Simulation, type Attachments, type SimulationResult } from './simulate.js';
export interface RunToFolderOptions {
    readonly outDir: string;
    readonly force: boolean;
    readonly seed?: number | string;
    /** Wall clock in ms, for the run's wall time (summary.json only). */
    readonly wallClock: () => number;
    readonly onProgress?: (simMs: number, durationMs: number) => void;
    /** Unique tag for the temp folder (e.g. the process id). */
    readonly tag: string;
    /** Placement policies by cluster id (policies as code). */
    readonly policies?: Readonly<Record<string, LoadedPolicy>>;
    /** What report.html shows beside the report (a calibration) and its title. */
    readonly page?: ReportPage;
}
export declare function runToFolder(scenario: Scenario, options: RunToFolderOptions): SimulationResult;
/** A checkpoint taken during a run: at simulated time `at`, handed to `write`. */
export interface CheckpointRequest {
    readonly at: number;
    readonly write: (sim: Simulation) => void;
}
type FolderRunOptions = RunToFolderOptions & {
    readonly checkpoint?: CheckpointRequest;
    readonly prepare?: (sim: Simulation) => void;
};
type MakeSimulation = (attach: (world: World) => Attachments) => Simulation;
/**
 * The report folder of a simulation that `make` builds with the folder's subscribers attached
 * (a new one, or one restored from a checkpoint); `prepare` runs before it continues.
 */
export declare function runIntoFolder(scenario: Scenario, options: FolderRunOptions, make: MakeSimulation): SimulationResult;
/**
 * The same run, handing control back to the event loop between its chunks, so that a signal
 * (Ctrl-C, SIGTERM) is handled within a chunk's time and the temp folder removed. The CLI uses
 * this one; the simulation is the same and so are the bytes it writes.
 */
export declare function runIntoFolderAsync(scenario: Scenario, options: FolderRunOptions, make: MakeSimulation): Promise<SimulationResult>;
/** Datastores: capacity, peak and final use (GiB). */
export declare function datastoreSummaries(result: SimulationResult): DatastoreSummary[];
export {};

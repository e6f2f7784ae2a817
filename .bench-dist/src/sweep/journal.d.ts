import type { Report } from '../report/schema.js';
import type { RunRecord } from './execute.js';
export declare const JOURNAL = "runs.ndjson";
/** The checkpoint folder of sweep `id` whose output goes to `outDir`. */
export declare function checkpointDir(outDir: string, id: string): string;
export declare function reportFile(dir: string, pointId: string): string;
/** Writes `data` to `file` durably: temp file, fsync, rename. */
export declare function writeDurable(file: string, data: string): void;
export declare class Journal {
    readonly dir: string;
    /** Finished runs by run id (the first line wins when a run appears twice). */
    readonly done: Map<string, RunRecord>;
    private fd;
    /**
     * Opens (creating) the checkpoint in `dir`. `expected` maps each run id of the sweep to its
     * point id, and whether it carries a report; a line for another run, or whose report file
     * is missing, is not taken.
     */
    constructor(dir: string, expected: ReadonlyMap<string, {
        pointId: string;
        withReport: boolean;
    }>);
    /** Records a finished run: its report first (when it has one), then its line, fsynced. */
    append(record: RunRecord, pointId: string, report: Report | null): void;
    readReport(pointId: string): Report;
    close(): void;
}

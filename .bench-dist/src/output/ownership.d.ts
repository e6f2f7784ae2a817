export declare const MARKER = ".dcsim-output";
/** The marker's content: who wrote the folder and every entry in it (folders end in `/`). */
export interface OutputMarker {
    readonly writtenBy: 'dcsim';
    /** What the folder is: run report, sweep, calibration, … */
    readonly kind: string;
    /** `in-progress` while a temp folder is filled; `complete` once it is in place. */
    readonly state: 'in-progress' | 'complete';
    /** Process that wrote it (a temp folder of a process that no longer exists is stale). */
    readonly pid: number;
    readonly entries: readonly string[];
}
/** The output exists and may be replaced only with --force. */
export declare class OutputExistsError extends Error {
    readonly dir: string;
    constructor(dir: string, what?: 'output folder' | 'output file');
}
/** The output could not be written (a folder on the way cannot be made, no permission, …). */
export declare class OutputWriteError extends Error {
    readonly dir: string;
    constructor(dir: string, reason: string);
}
/** Something is at the output path that dcsim did not write: refused whatever the flags. */
export declare class OutputNotOursError extends Error {
    readonly target: string;
    constructor(target: string, what: string);
}
/** Every entry below `dir`, relative, folders ending in `/`, sorted; the marker itself left out. */
export declare function listEntries(dir: string): string[];
/** The marker of `dir`, or null when there is none (or it is not dcsim's). */
export declare function readMarker(dir: string): OutputMarker | null;
/** Writes the marker of `dir` listing what is in it now. */
export declare function writeMarker(dir: string, kind: string, state: OutputMarker['state']): void;
/**
 * What is at `target`, the folder an output is about to replace: `absent`, `empty` (an empty
 * folder: nothing to lose, written into without --force) or `ours` (a folder dcsim wrote, only
 * with `force`). Anything else throws `OutputNotOursError` or `OutputExistsError`.
 */
export declare function checkReplaceableFolder(target: string, force: boolean): 'absent' | 'empty' | 'ours';
/**
 * Checks that the single file `target` may be written: absent, or a regular file whose first
 * bytes `isOwned` recognises as dcsim's (then only with `force`, unless `force` is undefined:
 * commands that always rebuild their own file).
 */
export declare function checkReplaceableFile(target: string, force: boolean | undefined, isOwned: (head: string) => boolean, what?: string): 'absent' | 'ours';
/** An output that was refused or could not be written: exit code 4 at the command line. */
export declare function isOutputError(err: unknown): err is OutputExistsError | OutputWriteError | OutputNotOursError;

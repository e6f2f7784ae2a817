/** Scenario, overlay and report files: far above any real one (the largest shipped is ~20 KB). */
export declare const MAX_SCENARIO_BYTES: number;
/** One trace file: traces are held in memory as 4-byte samples, so ~0.5 GB of text is plenty. */
export declare const MAX_TRACE_BYTES: number;
/** Why `location` cannot be read as an input file of at most `maxBytes`, or null when it can. */
export declare function inputFileProblem(location: string, maxBytes: number): string | null;
/**
 * Reads a regular file of at most `maxBytes` (checked on the open file, so a file swapped for a
 * device in between is still refused). Throws `InputFileError` with the reason.
 */
export declare function readInputFile(location: string, maxBytes: number): Buffer;
/** UTF-8 text of an input file (invalid bytes are an `InputFileError`). */
export declare function readInputText(location: string, maxBytes: number): string;
export declare class InputFileError extends Error {
    readonly reason: string;
    constructor(reason: string);
}

/**
 * Collects what an import skipped: malformed lines with their file and line (capped per file,
 * as the scenario trace readers do), counts of skipped samples and intervals by reason, and
 * notes about what was assumed. Importers never throw for bad input; they log and go on.
 */
import type { ImportProblem } from './trace.js';
/** At most this many malformed lines are listed per file; the rest are counted. */
export declare const MAX_PROBLEMS_PER_FILE = 50;
export declare class ImportLog {
    private readonly listed;
    private readonly perFile;
    private readonly skips;
    private readonly noteList;
    /** A malformed line: reported, and the line is left out. */
    malformed(file: string, line: number, message: string): void;
    /** Something left out for a reason ("interval with a counter reset"); counted, not listed. */
    skip(reason: string, n?: number): void;
    note(text: string): void;
    /** Number of malformed lines seen (listed or not). */
    get malformedCount(): number;
    /** Listed problems, with one "and N more" entry per file past the cap. */
    problems(): ImportProblem[];
    /** The summary: malformed lines per file, then skip counts, then notes. */
    notes(): string[];
}

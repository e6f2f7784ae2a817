/**
 * Line-level helpers shared by the trace file parsers.
 */
/** A malformed line of a trace file; `line` is 1-based, absent for a note about the whole file. */
export interface LineProblem {
    line?: number;
    message: string;
}
/** At most this many line problems are reported per file; the rest are counted. */
export declare const MAX_PROBLEMS_PER_FILE = 50;
/** Keeps the first {@link MAX_PROBLEMS_PER_FILE} problems and adds "and N more" for the rest. */
export declare function capProblems(problems: readonly LineProblem[], cap?: number): LineProblem[];
/**
 * Splits text into lines (LF or CRLF, leading byte-order mark dropped) and drops trailing
 * blank lines, which editors and exporters often leave; blank lines before the last
 * non-blank one are kept so the parsers can report them.
 */
export declare function contentLines(text: string): string[];
/** Parses a percentage 0–100 (integer or decimal), or `undefined` if the text is not one. */
export declare function parsePercent(text: string): number | undefined;
/** Parses a non-negative decimal number of seconds, or `undefined`. */
export declare function parseSeconds(text: string): number | undefined;
/** The found text, quoted as JSON and cut short for one-line messages. */
export declare function quoteFound(text: string): string;

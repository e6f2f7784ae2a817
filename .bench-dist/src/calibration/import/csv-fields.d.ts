/**
 * Splitting delimited lines for the tabular importers: quoted fields ("a, b" and "" escapes)
 * as RFC 4180, one line at a time (a field spanning lines is reported by the caller as a
 * malformed line), and strict number parsing.
 */
/** Fields of one line; `null` when a quote is left open. */
export declare function splitFields(line: string, sep: string): string[] | null;
/** A finite number written plainly (no thousands separators), or undefined. */
export declare function parseNumber(text: string | undefined): number | undefined;
/** Lines of a text without a byte-order mark, CR and trailing blank lines. */
export declare function textLines(text: string): string[];

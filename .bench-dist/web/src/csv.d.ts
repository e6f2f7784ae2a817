/** CSV text for the export buttons (RFC 4180 quoting; numbers as they are). Pure. */
export type CsvCell = string | number | boolean | null | undefined;
export declare function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string;

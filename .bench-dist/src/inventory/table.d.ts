/**
 * One tab of an inventory export as read from a workbook sheet or a CSV file: its header and its
 * rows, with the spreadsheet row number of each (the header is row 1), so every problem can name
 * the tab, the row and the column.
 */
/** A cell as the reader found it: CSV gives text, a workbook may give numbers and booleans. */
export type Cell = string | number | boolean | null;
export interface Table {
    /** Tab name as RVTools calls it: "vInfo", "vCPU", … */
    readonly tab: string;
    /** Where it was read from (workbook or CSV file), for messages. */
    readonly source: string;
    readonly headers: readonly string[];
    readonly rows: readonly TableRow[];
}
export interface TableRow {
    /** Spreadsheet row number: the header is row 1, the first data row 2. */
    readonly line: number;
    readonly cells: readonly Cell[];
}
/** A problem in an export, located at a tab and, when it has one, a row and a column. */
export declare class InventoryError extends Error {
    readonly source: string;
    readonly tab: string | null;
    readonly line: number | null;
    readonly column: string | null;
    readonly reason: string;
    constructor(source: string, tab: string | null, line: number | null, column: string | null, reason: string);
}
/** Header names compared without case or surrounding blanks (RVTools versions differ in case). */
export declare function headerKey(name: string): string;
/** The index of the first header among `names` (aliases across RVTools versions), or -1. */
export declare function findColumn(table: Table, names: readonly string[]): number;

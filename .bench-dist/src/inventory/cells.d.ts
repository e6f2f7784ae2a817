/**
 * Reading one cell as a number, a boolean or a text, strictly: an export written in another
 * locale ("2,5", "1.024,0") is refused with the tab, row and column instead of being read as
 * 2 or 25 (a silent factor of ten in a capacity plan is worse than an error).
 */
import { type Table, type TableRow } from './table.js';
/** The cell's text, trimmed ('' for an empty cell). */
export declare function textCell(row: TableRow, index: number): string;
/** A number; `null` when the cell is empty and `optional`. */
export declare function numberCell(table: Table, row: TableRow, index: number, column: string, optional?: boolean): number | null;
/** A boolean as RVTools writes it: True / False (any case); `fallback` for an empty cell. */
export declare function booleanCell(table: Table, row: TableRow, index: number, column: string, fallback: boolean): boolean;

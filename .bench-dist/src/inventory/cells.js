/**
 * Reading one cell as a number, a boolean or a text, strictly: an export written in another
 * locale ("2,5", "1.024,0") is refused with the tab, row and column instead of being read as
 * 2 or 25 (a silent factor of ten in a capacity plan is worse than an error).
 */
import { InventoryError } from './table.js';
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function where(table, row, column, reason) {
    return new InventoryError(table.source, table.tab, row.line, column, reason);
}
/** The cell's text, trimmed ('' for an empty cell). */
export function textCell(row, index) {
    const c = row.cells[index];
    return c === null || c === undefined ? '' : String(c).trim();
}
/** A number; `null` when the cell is empty and `optional`. */
export function numberCell(table, row, index, column, optional = false) {
    const c = row.cells[index];
    if (typeof c === 'number') {
        if (!Number.isFinite(c))
            throw where(table, row, column, `expected a finite number, found ${c}`);
        return c;
    }
    const text = c === null || c === undefined || typeof c === 'boolean' ? (c === undefined || c === null ? '' : String(c)) : c.trim();
    if (text === '') {
        if (optional)
            return null;
        throw where(table, row, column, 'expected a number, found an empty cell');
    }
    if (PLAIN_NUMBER.test(text))
        return Number(text);
    if (/^[+-]?\d+(,\d+)+$/.test(text) || /^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(text)) {
        throw where(table, row, column, `expected a number with "." as the decimal separator (such as 2.5), found "${text}": the export seems written in a locale with decimal commas or thousands separators; export again with a "." decimal separator and no grouping`);
    }
    throw where(table, row, column, `expected a number, found "${text}"`);
}
/** A boolean as RVTools writes it: True / False (any case); `fallback` for an empty cell. */
export function booleanCell(table, row, index, column, fallback) {
    const c = row.cells[index];
    if (typeof c === 'boolean')
        return c;
    const text = textCell(row, index).toLowerCase();
    if (text === '')
        return fallback;
    if (text === 'true' || text === 'yes' || text === '1')
        return true;
    if (text === 'false' || text === 'no' || text === '0')
        return false;
    throw where(table, row, column, `expected True or False, found "${textCell(row, index)}"`);
}
//# sourceMappingURL=cells.js.map
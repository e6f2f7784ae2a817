/**
 * One tab of an inventory export as read from a workbook sheet or a CSV file: its header and its
 * rows, with the spreadsheet row number of each (the header is row 1), so every problem can name
 * the tab, the row and the column.
 */
/** A problem in an export, located at a tab and, when it has one, a row and a column. */
export class InventoryError extends Error {
    source;
    tab;
    line;
    column;
    reason;
    constructor(source, tab, line, column, reason) {
        super(`${source}${tab === null ? '' : `: tab ${tab}`}${line === null ? '' : `, row ${line}`}${column === null ? '' : `, column "${column}"`}: ${reason}`);
        this.source = source;
        this.tab = tab;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}
/** Header names compared without case or surrounding blanks (RVTools versions differ in case). */
export function headerKey(name) {
    return name.trim().toLowerCase().replace(/\s+/g, ' ');
}
/** The index of the first header among `names` (aliases across RVTools versions), or -1. */
export function findColumn(table, names) {
    const keys = table.headers.map(headerKey);
    for (const n of names) {
        const k = keys.indexOf(headerKey(n));
        if (k >= 0)
            return k;
    }
    return -1;
}
//# sourceMappingURL=table.js.map
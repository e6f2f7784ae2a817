/**
 * The tabs of an RVTools .xlsx workbook, read with exceljs. Cells keep their type (numbers stay
 * numbers); formulas give their cached result, rich text its plain text, dates their ISO text.
 */
import ExcelJS from 'exceljs';
import { InventoryError } from './table.js';
function plain(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'object') {
        if ('result' in value)
            return plain(value.result);
        if ('richText' in value)
            return value.richText.map((r) => r.text).join('');
        if ('text' in value)
            return String(value.text);
        if ('error' in value)
            return String(value.error);
    }
    return String(value);
}
/** Every worksheet of the workbook as a table, by sheet name. */
export async function readXlsxTables(data, source) {
    const wb = new ExcelJS.Workbook();
    try {
        await wb.xlsx.load(data);
    }
    catch (err) {
        throw new InventoryError(source, null, null, null, `not a readable .xlsx workbook (${err instanceof Error ? err.message : String(err)})`);
    }
    const tables = new Map();
    wb.eachSheet((ws) => {
        const width = ws.columnCount;
        const headers = [];
        const rows = [];
        ws.eachRow({ includeEmpty: false }, (row, n) => {
            const cells = [];
            for (let c = 1; c <= width; c++)
                cells.push(plain(row.getCell(c).value));
            if (n === 1)
                headers.push(...cells.map((h) => (h === null ? '' : String(h).trim())));
            else if (cells.some((x) => x !== null && x !== ''))
                rows.push({ line: n, cells });
        });
        tables.set(ws.name, { tab: ws.name, source, headers, rows });
    });
    return tables;
}
//# sourceMappingURL=read-xlsx.js.map
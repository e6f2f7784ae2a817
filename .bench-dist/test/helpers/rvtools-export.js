/**
 * The example RVTools export of scenarios/inventory/example-rvtools (CSV tabs) copied into a
 * temporary folder, optionally altered, or written as an .xlsx workbook (numeric cells as
 * numbers, as RVTools writes them) with exceljs.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readCsvTable } from '../../src/inventory/read-csv.js';
import { SCENARIOS_DIR, tempDir } from './sim.js';
export const EXAMPLE_EXPORT = join(SCENARIOS_DIR, 'inventory', 'example-rvtools');
export const EXAMPLE_SCENARIO = join(SCENARIOS_DIR, 'inventory', 'example-rvtools.yaml');
/** A working folder holding a copy of the example export as `example-rvtools/`. */
export function exampleCopy(prefix) {
    const dir = tempDir(prefix);
    cpSync(EXAMPLE_EXPORT, join(dir, 'example-rvtools'), { recursive: true });
    return dir;
}
/** Rewrites one tab of the copy in `dir` by a function of its text. */
export function alterTab(dir, tab, change) {
    const file = join(dir, 'example-rvtools', `${tab}.csv`);
    writeFileSync(file, change(readFileSync(file, 'utf8')));
}
/** The example export as `<dir>/<name>.xlsx`, one sheet per CSV tab. */
export async function writeExampleXlsx(dir, name = 'example-rvtools') {
    const wb = new ExcelJS.Workbook();
    for (const file of readdirSync(EXAMPLE_EXPORT).sort()) {
        const tab = file.replace(/\.csv$/, '');
        const table = readCsvTable(readFileSync(join(EXAMPLE_EXPORT, file), 'utf8'), tab, file);
        const ws = wb.addWorksheet(tab);
        ws.addRow([...table.headers]);
        for (const row of table.rows)
            ws.addRow(row.cells.map((c) => (typeof c === 'string' && /^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));
    }
    const out = join(dir, `${name}.xlsx`);
    await wb.xlsx.writeFile(out);
    return out;
}
//# sourceMappingURL=rvtools-export.js.map
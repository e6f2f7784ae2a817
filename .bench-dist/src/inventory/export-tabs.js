/**
 * Finds the tabs of an RVTools export: sheets of an .xlsx workbook, or CSV files in a folder named
 * after their tab ("vInfo.csv", or "RVTools_tabvInfo.csv" as RVTools' "Export all to csv" names
 * them). Only the tabs the import reads are returned; a missing one is for the reader to judge.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readCsvTable } from './read-csv.js';
import { readXlsxTables } from './read-xlsx.js';
import { InventoryError } from './table.js';
/** Largest export file read (a 10,000-VM workbook is a few MB). */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
function readBounded(file, shownAs) {
    let st;
    try {
        st = fs.statSync(file);
    }
    catch (err) {
        throw new InventoryError(shownAs, null, null, null, `cannot read it (${err.code ?? String(err)})`);
    }
    if (!st.isFile())
        throw new InventoryError(shownAs, null, null, null, 'expected a regular file');
    if (st.size > MAX_EXPORT_BYTES)
        throw new InventoryError(shownAs, null, null, null, `is ${st.size} bytes, more than the ${MAX_EXPORT_BYTES} bytes an export may have`);
    return fs.readFileSync(file);
}
/** The tab a CSV file name stands for, among `tabs`, or null. */
export function tabOfFile(fileName, tabs) {
    const base = fileName.replace(/\.csv$/i, '').toLowerCase();
    for (const t of tabs) {
        const k = t.toLowerCase();
        if (base === k || base.endsWith(`tab${k}`) || base.endsWith(`_${k}`))
            return t;
    }
    return null;
}
/** Tables of `tabs` found in the export at `location` (`shownAs` names it in messages). */
export async function readExportTabs(location, shownAs, tabs) {
    let st;
    try {
        st = fs.statSync(location);
    }
    catch {
        throw new InventoryError(shownAs, null, null, null, 'no such file or folder: expected an RVTools .xlsx export or a folder of its tabs as CSV files');
    }
    const found = new Map();
    if (st.isDirectory()) {
        for (const name of fs.readdirSync(location).sort()) {
            if (!/\.csv$/i.test(name))
                continue;
            const tab = tabOfFile(name, tabs);
            if (tab === null || found.has(tab))
                continue;
            const file = path.join(location, name);
            found.set(tab, readCsvTable(readBounded(file, path.join(shownAs, name)).toString('utf8'), tab, path.join(shownAs, name)));
        }
        return found;
    }
    if (!/\.xlsx$/i.test(location)) {
        throw new InventoryError(shownAs, null, null, null, 'expected an RVTools .xlsx workbook or a folder of its tabs as CSV files (vInfo.csv, vCPU.csv, …)');
    }
    const sheets = await readXlsxTables(readBounded(location, shownAs), shownAs);
    for (const t of tabs) {
        const sheet = [...sheets.values()].find((s) => s.tab.toLowerCase() === t.toLowerCase());
        if (sheet !== undefined)
            found.set(t, { ...sheet, tab: t });
    }
    return found;
}
//# sourceMappingURL=export-tabs.js.map
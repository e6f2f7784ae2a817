/**
 * The per-VM figures right-sizing needs, from a report folder's vms.csv (src/output/vms-csv.ts):
 * configured vCPUs and memory, p95 of CPU demand and touched memory. VMs that never ran (not
 * placed, or not created) have no demand to judge and are returned apart.
 */
import fs from 'node:fs';
import path from 'node:path';
import { numberCell, textCell } from '../inventory/cells.js';
import { readCsvTable } from '../inventory/read-csv.js';
import { findColumn, InventoryError } from '../inventory/table.js';
const COLUMNS = ['vm', 'group', 'vcpus', 'memory_mib', 'cpu_demand_p95_pct', 'mem_touched_mib', 'status'];
/** vms.csv of the report folder `folder` (`shownAs` names it in messages). */
export function readReportVms(folder, shownAs) {
    const file = path.join(folder, 'vms.csv');
    const shownFile = path.join(shownAs, 'vms.csv');
    let text;
    try {
        text = fs.readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new InventoryError(shownFile, null, null, null, `cannot read it (${err.code ?? String(err)}): expected a report folder written by dcsim run`);
    }
    const table = readCsvTable(text, 'vms', shownFile);
    const at = Object.fromEntries(COLUMNS.map((c) => [c, findColumn(table, [c])]));
    for (const c of COLUMNS)
        if (at[c] < 0)
            throw new InventoryError(shownFile, null, 1, c, 'required column is missing: expected vms.csv of a dcsim report');
    const vms = [];
    const notRun = [];
    for (const row of table.rows) {
        const id = textCell(row, at.vm);
        const p95 = numberCell(table, row, at.cpu_demand_p95_pct, 'cpu_demand_p95_pct', true);
        if (textCell(row, at.status) !== 'placed' || p95 === null) {
            notRun.push(id);
            continue;
        }
        vms.push({
            id,
            group: textCell(row, at.group),
            vcpus: numberCell(table, row, at.vcpus, 'vcpus'),
            memoryMiB: numberCell(table, row, at.memory_mib, 'memory_mib'),
            cpuDemandP95Pct: p95,
            memTouchedMiB: numberCell(table, row, at.mem_touched_mib, 'mem_touched_mib'),
            memReservationMiB: 0,
        });
    }
    return { vms, notRun };
}
//# sourceMappingURL=read-vms.js.map
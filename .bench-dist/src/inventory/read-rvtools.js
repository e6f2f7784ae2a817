/**
 * An RVTools export read into an Inventory: columns found by name (any order, any RVTools
 * version's alias), every value checked and located (tab, row, column), the VM tabs joined on the
 * VM name, and every column the import does not read listed.
 */
import { booleanCell, numberCell, textCell } from './cells.js';
import { readExportTabs } from './export-tabs.js';
import { OPTIONAL_TABS, REPEATED_VM_COLUMNS, REQUIRED_TABS, RVTOOLS_COLUMNS } from './rvtools-columns.js';
import { findColumn, headerKey, InventoryError } from './table.js';
function resolve(table, specs) {
    const index = {};
    for (const s of specs) {
        const k = findColumn(table, s.names);
        if (k < 0 && s.required) {
            throw new InventoryError(table.source, table.tab, 1, s.names[0], `required column is missing (found: ${table.headers.filter((h) => h !== '').join(', ') || 'no columns'}); a renamed column must carry its RVTools name`);
        }
        index[s.field] = k;
    }
    return { table, index };
}
function unmappedOf(table, specs, repeated) {
    const known = new Set(specs.flatMap((s) => s.names.map(headerKey)));
    const skip = new Set(repeated ? REPEATED_VM_COLUMNS.map(headerKey) : []);
    return table.headers.filter((h) => h !== '' && !known.has(headerKey(h)) && !skip.has(headerKey(h)));
}
/** Accessors of one row of a resolved tab; absent optional columns read as empty. */
function reader(r, row) {
    const col = (field) => r.index[field] ?? -1;
    const name = (field) => r.table.headers[col(field)] ?? field;
    return {
        text: (field) => (col(field) < 0 ? '' : textCell(row, col(field))),
        num: (field) => numberCell(r.table, row, col(field), name(field)),
        optNum: (field) => (col(field) < 0 ? null : numberCell(r.table, row, col(field), name(field), true)),
        bool: (field, fallback) => (col(field) < 0 ? fallback : booleanCell(r.table, row, col(field), name(field), fallback)),
        fail: (field, reason) => new InventoryError(r.table.source, r.table.tab, row.line, col(field) < 0 ? null : name(field), reason),
    };
}
/** Shares from RVTools' Level (low / normal / high / custom) and Shares (the absolute number). */
function sharesOf(rd) {
    const level = rd.text('level').toLowerCase();
    if (level === '' || level === 'normal' || level === 'low' || level === 'high')
        return (level || 'normal');
    if (level !== 'custom')
        throw rd.fail('level', `expected low, normal, high or custom, found "${rd.text('level')}"`);
    const n = rd.num('shares');
    if (!(n > 0))
        throw rd.fail('shares', `expected a positive number of shares, found ${n}`);
    return n;
}
/** A limit: -1 (or empty) means unlimited. */
function limitOf(rd, field) {
    const v = rd.optNum(field);
    if (v === null || v < 0)
        return null;
    if (v === 0)
        throw rd.fail(field, 'a limit of 0 would stop the VM; expected -1 (unlimited) or a positive limit');
    return v;
}
/**
 * Guest memory backed by the host: vSphere's consumed (hostMemoryUsage) includes the VM's overhead
 * memory (vSphere API VirtualMachineQuickStats), which is not the guest's; subtracted when known.
 */
function guestConsumed(consumed, overhead) {
    return consumed === null ? null : Math.max(0, consumed - (overhead ?? 0));
}
function byVm(r) {
    const out = new Map();
    for (const row of r.table.rows) {
        const vm = reader(r, row).text('vm');
        if (vm !== '' && !out.has(vm))
            out.set(vm, row);
    }
    return out;
}
function positive(rd, field, integer = false) {
    const v = rd.num(field);
    if (!(v > 0) || (integer && !Number.isInteger(v)))
        throw rd.fail(field, `expected a positive ${integer ? 'whole number' : 'number'}, found ${v}`);
    return v;
}
export async function readRvtools(location, shownAs) {
    const tabs = await readExportTabs(location, shownAs, [...REQUIRED_TABS, ...OPTIONAL_TABS]);
    for (const t of REQUIRED_TABS) {
        if (!tabs.has(t))
            throw new InventoryError(shownAs, t, null, null, `tab is missing: an RVTools export needs ${REQUIRED_TABS.join(', ')} (as sheets of the .xlsx, or as CSV files named after them)`);
    }
    const res = (t) => resolve(tabs.get(t), RVTOOLS_COLUMNS[t]);
    const [info, cpu, mem, host, cluster] = [res('vInfo'), res('vCPU'), res('vMemory'), res('vHost'), res('vCluster')];
    const unmapped = new Map();
    for (const t of [...REQUIRED_TABS, ...OPTIONAL_TABS]) {
        const table = tabs.get(t);
        if (table !== undefined)
            unmapped.set(t, unmappedOf(table, RVTOOLS_COLUMNS[t], t !== 'vInfo' && t !== 'vHost' && t !== 'vCluster' && t !== 'vDatastore'));
    }
    const clusters = cluster.table.rows.map((row) => {
        const rd = reader(cluster, row);
        const level = rd.optNum('failoverLevel');
        return {
            name: rd.text('name'),
            haEnabled: rd.bool('haEnabled', false),
            drsEnabled: rd.bool('drsEnabled', false),
            failoverLevel: level === null ? null : Math.max(0, Math.round(level)),
            admissionControl: rd.bool('admissionControl', true),
        };
    });
    const hosts = host.table.rows.map((row) => {
        const rd = reader(host, row);
        const gib = rd.optNum('memoryGiB');
        const mib = rd.optNum('memoryMiB');
        if (gib === null && mib === null)
            throw rd.fail('memoryMiB', 'expected the host memory in "# Memory" (MiB) or "# Memory GiB"');
        const memoryMiB = mib ?? gib * 1024;
        if (!(memoryMiB > 0))
            throw rd.fail(mib === null ? 'memoryGiB' : 'memoryMiB', `expected a positive memory size, found ${mib ?? gib}`);
        return {
            name: rd.text('host'), cluster: rd.text('cluster'), vendor: rd.text('vendor'), model: rd.text('model'), cpuModel: rd.text('cpuModel'),
            sockets: positive(rd, 'sockets', true), coresPerSocket: positive(rd, 'coresPerSocket', true), mhz: positive(rd, 'mhz'), memoryMiB,
        };
    });
    const cpuRows = byVm(cpu);
    const memRows = byVm(mem);
    const snapshots = new Map();
    const snap = tabs.has('vSnapshot') ? res('vSnapshot') : null;
    for (const row of snap?.table.rows ?? []) {
        const rd = reader(snap, row);
        const s = snapshots.get(rd.text('vm')) ?? { n: 0, mib: 0 };
        snapshots.set(rd.text('vm'), { n: s.n + 1, mib: s.mib + (rd.optNum('sizeMiB') ?? 0) });
    }
    const skipped = { poweredOff: 0, suspended: 0, templates: 0 };
    const vms = [];
    const seen = new Map();
    for (const row of info.table.rows) {
        const rd = reader(info, row);
        const name = rd.text('vm');
        if (name === '')
            throw rd.fail('vm', 'expected a VM name, found an empty cell');
        if (seen.has(name))
            throw rd.fail('vm', `VM "${name}" is listed twice (rows ${seen.get(name)} and ${row.line}); export one vCenter at a time`);
        seen.set(name, row.line);
        if (rd.bool('template', false)) {
            skipped.templates++;
            continue;
        }
        const state = rd.text('powerState');
        if (state === 'poweredOff')
            skipped.poweredOff++;
        else if (state === 'suspended')
            skipped.suspended++;
        else if (state !== 'poweredOn')
            throw rd.fail('powerState', `expected poweredOn, poweredOff or suspended, found "${state}"`);
        if (state !== 'poweredOn')
            continue;
        const cr = cpuRows.get(name);
        const mr = memRows.get(name);
        if (cr === undefined)
            throw rd.fail('vm', `VM "${name}" has no row in tab vCPU (${cpu.table.source})`);
        if (mr === undefined)
            throw rd.fail('vm', `VM "${name}" has no row in tab vMemory (${mem.table.source})`);
        const c = reader(cpu, cr);
        const m = reader(mem, mr);
        const memoryMiB = positive(rd, 'memoryMiB');
        const size = m.num('sizeMiB');
        if (size !== memoryMiB)
            throw m.fail('sizeMiB', `is ${size} MiB but vInfo "Memory" says ${memoryMiB} MiB for VM "${name}"; the tabs seem to come from different exports`);
        const used = c.num('overallMHz');
        if (used < 0)
            throw c.fail('overallMHz', `expected a CPU usage of 0 MHz or more, found ${used}`);
        const path = rd.text('path');
        const s = snapshots.get(name);
        vms.push({
            name, cluster: rd.text('cluster'), host: rd.text('host'), vcpus: positive(rd, 'vcpus', true), memoryMiB,
            cpuUsedMHz: used, cpuReservationMHz: Math.max(0, c.optNum('reservationMHz') ?? 0), cpuLimitMHz: limitOf(c, 'limitMHz'), cpuShares: sharesOf(c),
            memActiveMiB: m.optNum('activeMiB'), memConsumedMiB: guestConsumed(m.optNum('consumedMiB'), m.optNum('consumedOverheadMiB')),
            memReservationMiB: Math.max(0, m.optNum('reservationMiB') ?? 0), memLimitMiB: limitOf(m, 'limitMiB'), memShares: sharesOf(m),
            provisionedMiB: rd.optNum('provisionedMiB'), inUseMiB: rd.optNum('inUseMiB'),
            datastore: /^\[([^\]]+)\]/.exec(path)?.[1] ?? null, snapshots: s?.n ?? 0, snapshotMiB: s?.mib ?? 0,
        });
    }
    const ds = tabs.has('vDatastore') ? res('vDatastore') : null;
    const datastores = (ds?.table.rows ?? []).map((row) => {
        const rd = reader(ds, row);
        return { name: rd.text('name'), capacityMiB: positive(rd, 'capacityMiB') };
    });
    return { source: shownAs, clusters, hosts, vms, skipped, datastores, unmapped, missingTabs: OPTIONAL_TABS.filter((t) => !tabs.has(t)) };
}
//# sourceMappingURL=read-rvtools.js.map
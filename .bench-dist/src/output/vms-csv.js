import { DOWN_REASONS, RESTART_PRIORITIES, VM_BOOTING, VM_DOWN, VM_STATES } from '../model/lifecycle.js';
import { stringify } from 'csv-stringify/sync';
import { num } from './csv.js';
import { StreamFile } from './stream-file.js';
export const VM_COLUMNS = [
    'vm', 'group', 'host', 'vcpus', 'memory_mib', 'cpu_reservation_mhz', 'cpu_limit_mhz', 'cpu_shares',
    'cpu_demand_mean_pct', 'cpu_demand_p95_pct', 'cpu_granted_mean_pct', 'cpu_granted_p95_pct',
    'cpu_ready_mean_pct', 'cpu_ready_p95_pct', 'cpu_ready_ms', 'mem_touched_mib', 'mem_shared_saved_mean_mib',
    'mem_balloon_mean_mib', 'mem_compressed_mean_mib', 'mem_swapped_mean_mib', 'swap_in_mib', 'swap_out_mib',
    'mem_stall_pct', 'status', 'reason', 'state', 'down_reason', 'ha_priority', 'outages', 'downtime_s', 'availability_pct',
    'migrations', 'migration_downtime_ms',
];
/** Per-VM memory reclamation means over the time placed (MiB) and stall as % of demand. */
export function vmMemory(r, v) {
    const V = r.world.vms;
    const M = r.memory.vm;
    const placed = V.placedMs[v];
    const mean = (x) => (placed > 0 ? x / placed : NaN);
    const want = V.wantInt[v];
    return {
        shared: mean(M.sharedInt[v]),
        balloon: mean(M.balloonInt[v]),
        compressed: mean(M.compressedInt[v]),
        swapped: mean(M.swappedInt[v]),
        swapIn: M.swapInMiB[v],
        swapOut: M.swapOutMiB[v],
        stallPct: want > 0 ? (M.stallInt[v] / want) * 100 : 0,
    };
}
/** Per-VM means over the time the VM was placed, in % of its vCPU capacity. */
export function vmMeans(r, v) {
    const V = r.world.vms;
    const denom = V.capMhz[v] * V.placedMs[v];
    if (denom <= 0)
        return { demand: NaN, granted: NaN, ready: NaN };
    return {
        demand: (V.wantInt[v] / denom) * 100,
        granted: (V.grantedInt[v] / denom) * 100,
        ready: (V.readyInt[v] / denom) * 100,
    };
}
/** vms.csv of a run: the header, then each cluster's rows (csvText), in cluster order. */
export function writeVmsCsv(file, clusters) {
    const out = new StreamFile(file);
    out.write(stringify([[...VM_COLUMNS]]));
    for (const text of clusters)
        out.write(text);
    out.close();
}
/** The vms.csv rows of VMs [from, to) as CSV text: a run keeps them until its report is written, text is far smaller than cells. */
export function vmsCsvText(r, from, to) {
    const reasons = new Map(r.placement.unplaced.map((u) => [u.vm, u.reason]));
    const chunks = [];
    for (let v = from; v < to; v += 4096)
        chunks.push(stringify(vmsCsvRows(r, reasons, v, Math.min(to, v + 4096))));
    return chunks.join('');
}
/** The vms.csv rows of VMs [from, to). */
function vmsCsvRows(r, reasons, from, to) {
    const { world, recorder } = r;
    const V = world.vms;
    const H = world.hosts;
    const batch = [];
    for (let v = from; v < to; v++) {
        const h = V.host[v];
        const m = vmMeans(r, v);
        const mm = vmMemory(r, v);
        const coreMhz = h >= 0 ? H.coreMhz[h] : NaN;
        const limit = V.cpuLimitMhz[v];
        batch.push([
            V.ids[v],
            world.groups[V.group[v]].id,
            h >= 0 ? H.ids[h] : '',
            V.vcpus[v],
            num(V.memoryMiB[v], 0),
            num(V.cpuReservationMhz[v], 0),
            Number.isFinite(limit) ? num(limit, 0) : '',
            num(V.cpuShares[v], 0),
            num(m.demand, 3),
            num(recorder.vmDemand.quantile(v, 0.95), 3),
            num(m.granted, 3),
            num(recorder.vmGranted.quantile(v, 0.95), 3),
            num(m.ready, 3),
            num(recorder.vmReady.quantile(v, 0.95), 3),
            num(V.readyInt[v] / coreMhz, 0),
            num(V.touchedMiB[v], 1),
            num(mm.shared, 1),
            num(mm.balloon, 1),
            num(mm.compressed, 1),
            num(mm.swapped, 1),
            num(mm.swapIn, 1),
            num(mm.swapOut, 1),
            num(mm.stallPct, 3),
            // status: whether the VM could be placed at power-on (reason when not).
            reasons.has(v) ? 'unplaceable' : 'placed',
            reasons.get(v) ?? '',
            VM_STATES[V.state[v]],
            V.state[v] === VM_DOWN || V.state[v] === VM_BOOTING ? DOWN_REASONS[V.downReason[v]] : '',
            RESTART_PRIORITIES[V.haPriority[v]],
            r.model.outages.outages[v],
            num(r.model.outages.downMsAt(v, world.durationMs) / 1000, 3),
            num(r.model.outages.availability(v, world.durationMs) * 100, 4),
            V.migrations[v],
            num(V.migrationDowntimeMs[v], 3),
        ]);
    }
    return batch;
}
//# sourceMappingURL=vms-csv.js.map
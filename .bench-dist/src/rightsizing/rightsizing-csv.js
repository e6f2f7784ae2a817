/**
 * rightsizing.csv: one row per VM that ran, its configuration, its demand, the recommendation of
 * rule.ts and what it could give back; and the totals the terminal prints.
 */
import { stringify } from 'csv-stringify/sync';
import { recommend } from './rule.js';
export const RIGHTSIZING_COLUMNS = [
    'vm', 'group', 'vcpus', 'cpu_demand_p95_pct', 'cpu_need_vcpus', 'recommended_vcpus', 'vcpus_back', 'cpu_verdict',
    'memory_gib', 'mem_touched_gib', 'recommended_memory_gib', 'memory_gib_back', 'memory_verdict', 'buffer_pct',
];
const fixed = (x, d = 3) => x.toFixed(d);
export function rightsizing(vms, bufferPct) {
    const rows = vms.map((vm) => ({ vm, rec: recommend(vm, bufferPct) }));
    const csv = stringify([
        [...RIGHTSIZING_COLUMNS],
        ...rows.map(({ vm, rec }) => [
            vm.id, vm.group, vm.vcpus, fixed(vm.cpuDemandP95Pct), fixed((vm.cpuDemandP95Pct / 100) * vm.vcpus * (1 + bufferPct / 100)), rec.recommendedVcpus, rec.vcpusBack, rec.cpu,
            fixed(vm.memoryMiB / 1024), fixed(vm.memTouchedMiB / 1024), fixed(rec.recommendedMemoryGiB), fixed(rec.memoryGiBBack), rec.memory, bufferPct,
        ]),
    ]);
    const sum = (f) => rows.reduce((a, r) => a + f(r.rec), 0);
    const totals = {
        vms: rows.length,
        cpuOversized: rows.filter((r) => r.rec.cpu === 'oversized').length,
        cpuUndersized: rows.filter((r) => r.rec.cpu === 'undersized').length,
        memOversized: rows.filter((r) => r.rec.memory === 'oversized').length,
        vcpusBack: sum((r) => Math.max(0, r.vcpusBack)),
        vcpusNeeded: sum((r) => Math.max(0, -r.vcpusBack)),
        memoryGiBBack: sum((r) => Math.max(0, r.memoryGiBBack)),
    };
    return { rows, csv, totals };
}
//# sourceMappingURL=rightsizing-csv.js.map
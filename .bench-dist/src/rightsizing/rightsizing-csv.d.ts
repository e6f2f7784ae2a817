import type { ReportVm } from './read-vms.js';
import { type Recommendation } from './rule.js';
export declare const RIGHTSIZING_COLUMNS: readonly ["vm", "group", "vcpus", "cpu_demand_p95_pct", "cpu_need_vcpus", "recommended_vcpus", "vcpus_back", "cpu_verdict", "memory_gib", "mem_touched_gib", "recommended_memory_gib", "memory_gib_back", "memory_verdict", "buffer_pct"];
export interface RightsizingTotals {
    readonly vms: number;
    readonly cpuOversized: number;
    readonly cpuUndersized: number;
    readonly memOversized: number;
    /** vCPUs the oversized VMs could give back (undersized VMs' needs not subtracted). */
    readonly vcpusBack: number;
    readonly vcpusNeeded: number;
    readonly memoryGiBBack: number;
}
export declare function rightsizing(vms: readonly ReportVm[], bufferPct: number): {
    rows: {
        vm: ReportVm;
        rec: Recommendation;
    }[];
    csv: string;
    totals: RightsizingTotals;
};

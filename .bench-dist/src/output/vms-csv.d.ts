/**
 * vms.csv: one row per VM with its placement and its demand, granted CPU and CPU ready over the
 * run: means from the integrals, p95 of the output-interval averages.
 */
import type { SimulationResult } from '../run/simulate.js';
export declare const VM_COLUMNS: readonly ["vm", "group", "host", "vcpus", "memory_mib", "cpu_reservation_mhz", "cpu_limit_mhz", "cpu_shares", "cpu_demand_mean_pct", "cpu_demand_p95_pct", "cpu_granted_mean_pct", "cpu_granted_p95_pct", "cpu_ready_mean_pct", "cpu_ready_p95_pct", "cpu_ready_ms", "mem_touched_mib", "mem_shared_saved_mean_mib", "mem_balloon_mean_mib", "mem_compressed_mean_mib", "mem_swapped_mean_mib", "swap_in_mib", "swap_out_mib", "mem_stall_pct", "status", "reason", "state", "down_reason", "ha_priority", "outages", "downtime_s", "availability_pct", "migrations", "migration_downtime_ms"];
/** Per-VM memory reclamation means over the time placed (MiB) and stall as % of demand. */
export declare function vmMemory(r: SimulationResult, v: number): {
    shared: number;
    balloon: number;
    compressed: number;
    swapped: number;
    swapIn: number;
    swapOut: number;
    stallPct: number;
};
/** Per-VM means over the time the VM was placed, in % of its vCPU capacity. */
export declare function vmMeans(r: SimulationResult, v: number): {
    demand: number;
    granted: number;
    ready: number;
};
/** vms.csv of a run: the header, then each cluster's rows (csvText), in cluster order. */
export declare function writeVmsCsv(file: string, clusters: readonly string[]): void;
/** The vms.csv rows of VMs [from, to) as CSV text: a run keeps them until its report is written, text is far smaller than cells. */
export declare function vmsCsvText(r: SimulationResult, from: number, to: number): string;

import type { World } from '../model/world.js';
import type { SampleSink } from '../metrics/recorder.js';
import type { SampleFrame } from '../metrics/frame.js';
export declare const CLUSTER_COLUMNS: readonly ["time", "t_s", "interval_s", "cluster", "hosts", "vms", "cpu_capacity_mhz", "cpu_demand_mhz", "cpu_granted_mhz", "cpu_util_pct", "cpu_max_host_util_pct", "cpu_ready_mean_pct", "cpu_ready_p50_pct", "cpu_ready_p95_pct", "cpu_ready_p99_pct", "vcpu_pcpu_ratio", "mem_capacity_mib", "mem_consumed_mib", "mem_active_mib", "mem_overcommit_ratio", "mem_worst_state", "hosts_mem_high", "hosts_mem_clear", "hosts_mem_soft", "hosts_mem_hard", "hosts_mem_low", "mem_shared_saved_mib", "mem_balloon_mib", "mem_compressed_mib", "mem_compression_saved_mib", "mem_swapped_mib", "swap_in_mibps", "swap_out_mibps", "mem_stall_pct", "power_w", "energy_wh", "hosts_up", "vms_down", "ha_failover_hosts", "imbalance_stddev", "migrations_active", "power_serving_w", "power_transition_w", "power_standby_w", "hosts_standby"];
export declare const HOST_COLUMNS: readonly ["time", "t_s", "interval_s", "host", "cluster", "vms", "cpu_capacity_mhz", "cpu_demand_mhz", "cpu_granted_mhz", "cpu_util_pct", "cpu_ready_pct", "vcpu_pcpu_ratio", "mem_capacity_mib", "mem_consumed_mib", "mem_active_mib", "mem_free_mib", "mem_overcommit_ratio", "mem_state", "mem_shared_saved_mib", "mem_balloon_mib", "mem_compressed_mib", "mem_compression_saved_mib", "mem_swapped_mib", "swap_in_mibps", "swap_out_mibps", "mem_blocked_mib", "mem_stall_pct", "power_w", "energy_wh", "up_pct", "state"];
export declare class ClusterSeriesCsv implements SampleSink {
    private readonly world;
    private readonly csv;
    constructor(file: string, world: World);
    onSample(f: SampleFrame): void;
    close(): void;
}
export declare class HostSeriesCsv implements SampleSink {
    private readonly world;
    private readonly csv;
    constructor(file: string, world: World);
    onSample(f: SampleFrame): void;
    close(): void;
}

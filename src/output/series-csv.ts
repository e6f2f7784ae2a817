/**
 * Time-series CSV sinks: one row per cluster (and per host) per output interval, written as
 * the run goes. Column names carry units.
 */
import { HOST_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import type { World } from '../model/world.js';
import type { SampleSink } from '../metrics/recorder.js';
import type { SampleFrame } from '../metrics/frame.js';
import { CsvFile, num, type Cell } from './csv.js';

export const CLUSTER_COLUMNS = [
  'time', 't_s', 'interval_s', 'cluster', 'hosts', 'vms', 'cpu_capacity_mhz', 'cpu_demand_mhz', 'cpu_granted_mhz',
  'cpu_util_pct', 'cpu_max_host_util_pct', 'cpu_ready_mean_pct', 'cpu_ready_p50_pct', 'cpu_ready_p95_pct',
  'cpu_ready_p99_pct', 'vcpu_pcpu_ratio', 'mem_capacity_mib', 'mem_consumed_mib', 'mem_active_mib',
  'mem_overcommit_ratio', 'mem_worst_state', 'hosts_mem_high', 'hosts_mem_clear', 'hosts_mem_soft', 'hosts_mem_hard',
  'hosts_mem_low', 'mem_shared_saved_mib', 'mem_balloon_mib', 'mem_compressed_mib', 'mem_compression_saved_mib',
  'mem_swapped_mib', 'swap_in_mibps', 'swap_out_mibps', 'mem_stall_pct', 'power_w', 'energy_wh', 'hosts_up',
  'vms_down', 'ha_failover_hosts', 'imbalance_stddev', 'migrations_active', 'power_serving_w', 'power_transition_w',
  'power_standby_w', 'hosts_standby',
] as const;

export const HOST_COLUMNS = [
  'time', 't_s', 'interval_s', 'host', 'cluster', 'vms', 'cpu_capacity_mhz', 'cpu_demand_mhz', 'cpu_granted_mhz',
  'cpu_util_pct', 'cpu_ready_pct', 'vcpu_pcpu_ratio', 'mem_capacity_mib', 'mem_consumed_mib', 'mem_active_mib',
  'mem_free_mib', 'mem_overcommit_ratio', 'mem_state', 'mem_shared_saved_mib', 'mem_balloon_mib', 'mem_compressed_mib',
  'mem_compression_saved_mib', 'mem_swapped_mib', 'swap_in_mibps', 'swap_out_mibps', 'mem_blocked_mib', 'mem_stall_pct',
  'power_w', 'energy_wh', 'up_pct', 'state',
] as const;

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export class ClusterSeriesCsv implements SampleSink {
  private readonly csv: CsvFile;

  constructor(
    file: string,
    private readonly world: World,
  ) {
    this.csv = new CsvFile(file, CLUSTER_COLUMNS);
  }

  onSample(f: SampleFrame): void {
    const { world } = this;
    const H = world.hosts;
    const c = f.cluster;
    const rows: Cell[][] = [];
    world.clusters.forEach((cl, ci) => {
      // VMs move (migrations, restarts): the ratios are those at the interval's end.
      let vcpus = 0;
      let cores = 0;
      let configured = 0;
      let memory = 0;
      let vms = 0;
      for (let h = cl.hostStart; h < cl.hostEnd; h++) {
        vcpus += H.vcpus[h];
        cores += H.cores[h];
        configured += H.configuredMiB[h];
        memory += H.memoryMiB[h];
        vms += H.vmCount[h];
      }
      const states = c.hostsInState[ci] as Int32Array;
      rows.push([
        iso(world.startEpochMs + f.t0), num(f.t0 / 1000, 0), num((f.t1 - f.t0) / 1000, 0), cl.id,
        cl.hostEnd - cl.hostStart, vms,
        num(c.capacityMhz[ci], 1), num(c.demandMhz[ci], 1), num(c.grantedMhz[ci], 1),
        num(c.utilPct[ci], 3), num(c.maxHostUtilPct[ci], 3), num(c.readyMeanPct[ci], 3),
        num(c.readyP50Pct[ci], 3), num(c.readyP95Pct[ci], 3), num(c.readyP99Pct[ci], 3),
        num(cores > 0 ? vcpus / cores : 0, 3), num(c.memoryMiB[ci], 1), num(c.consumedMiB[ci], 1),
        num(c.activeMiB[ci], 1), num(memory > 0 ? configured / memory : 0, 3),
        MEMORY_STATES[c.worstMemState[ci]] as string,
        states[0], states[1], states[2], states[3], states[4],
        num(c.sharedMiB[ci], 1), num(c.balloonMiB[ci], 1), num(c.compressedMiB[ci], 1),
        num(c.compressionSavedMiB[ci], 1), num(c.swappedMiB[ci], 1), num(c.swapInMiBps[ci], 3),
        num(c.swapOutMiBps[ci], 3), num(c.stallPct[ci], 3),
        num(c.powerW[ci], 1), num(c.energyWh[ci], 3),
        num(c.hostsUp[ci], 3), c.vmsDown[ci], num(c.failoverHosts[ci], 0),
        num(c.imbalance[ci], 4), c.migrationsActive[ci],
        num(c.powerServingW[ci], 1), num(c.powerTransitionW[ci], 1), num(c.powerStandbyW[ci], 1),
        c.hostsStandby[ci],
      ]);
    });
    this.csv.rows(rows);
  }

  close(): void {
    this.csv.close();
  }
}

export class HostSeriesCsv implements SampleSink {
  private readonly csv: CsvFile;

  constructor(
    file: string,
    private readonly world: World,
  ) {
    this.csv = new CsvFile(file, HOST_COLUMNS);
  }

  onSample(f: SampleFrame): void {
    const { world } = this;
    const H = world.hosts;
    const time = iso(world.startEpochMs + f.t0);
    const ts = num(f.t0 / 1000, 0);
    const interval = num((f.t1 - f.t0) / 1000, 0);
    // Row by row: each row's cells and text are garbage as soon as they are written.
    for (let h = 0; h < H.n; h++) {
      const mem = H.memoryMiB[h];
      this.csv.row([
        time, ts, interval, H.ids[h] as string, (world.clusters[H.cluster[h]] as { id: string }).id,
        H.vmCount[h], num(H.usableMhz[h], 1), num(f.host.demandMhz[h], 1),
        num(f.host.grantedMhz[h], 1), num(f.host.utilPct[h], 3), num(f.host.readyPct[h], 3),
        num((H.vcpus[h]) / (H.cores[h]), 3), num(mem, 1), num(f.host.consumedMiB[h], 1),
        num(f.host.activeMiB[h], 1), num(f.host.freeMiB[h], 1),
        num((H.configuredMiB[h]) / mem, 3), MEMORY_STATES[f.host.memState[h]] as string,
        num(f.host.sharedMiB[h], 1), num(f.host.balloonMiB[h], 1), num(f.host.compressedMiB[h], 1),
        num(f.host.compressionSavedMiB[h], 1), num(f.host.swappedMiB[h], 1),
        num(f.host.swapInMiBps[h], 3), num(f.host.swapOutMiBps[h], 3), num(f.host.blockedMiB[h], 1),
        num(f.host.stallPct[h], 3),
        num(f.host.powerW[h], 1), num(f.host.energyWh[h], 3),
        num(f.host.upPct[h], 3), HOST_STATES[f.host.state[h]] as string,
      ]);
    }
  }

  close(): void {
    this.csv.close();
  }
}

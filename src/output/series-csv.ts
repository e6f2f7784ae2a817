/**
 * Time-series CSV sinks: one row per cluster (and per host) per output interval, written as
 * the run goes. Column names carry units.
 */
import { HOST_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../model/memory/min-free.js';
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
        vcpus += H.vcpus[h] as number;
        cores += H.cores[h] as number;
        configured += H.configuredMiB[h] as number;
        memory += H.memoryMiB[h] as number;
        vms += H.vmCount[h] as number;
      }
      const states = c.hostsInState[ci] as Int32Array;
      rows.push([
        iso(world.startEpochMs + f.t0), num(f.t0 / 1000, 0), num((f.t1 - f.t0) / 1000, 0), cl.id,
        cl.hostEnd - cl.hostStart, vms,
        num(c.capacityMhz[ci] as number, 1), num(c.demandMhz[ci] as number, 1), num(c.grantedMhz[ci] as number, 1),
        num(c.utilPct[ci] as number, 3), num(c.maxHostUtilPct[ci] as number, 3), num(c.readyMeanPct[ci] as number, 3),
        num(c.readyP50Pct[ci] as number, 3), num(c.readyP95Pct[ci] as number, 3), num(c.readyP99Pct[ci] as number, 3),
        num(cores > 0 ? vcpus / cores : 0, 3), num(c.memoryMiB[ci] as number, 1), num(c.consumedMiB[ci] as number, 1),
        num(c.activeMiB[ci] as number, 1), num(memory > 0 ? configured / memory : 0, 3),
        MEMORY_STATES[c.worstMemState[ci] as number] as string,
        states[0] as number, states[1] as number, states[2] as number, states[3] as number, states[4] as number,
        num(c.sharedMiB[ci] as number, 1), num(c.balloonMiB[ci] as number, 1), num(c.compressedMiB[ci] as number, 1),
        num(c.compressionSavedMiB[ci] as number, 1), num(c.swappedMiB[ci] as number, 1), num(c.swapInMiBps[ci] as number, 3),
        num(c.swapOutMiBps[ci] as number, 3), num(c.stallPct[ci] as number, 3),
        num(c.powerW[ci] as number, 1), num(c.energyWh[ci] as number, 3),
        num(c.hostsUp[ci] as number, 3), c.vmsDown[ci] as number, num(c.failoverHosts[ci] as number, 0),
        num(c.imbalance[ci] as number, 4), c.migrationsActive[ci] as number,
        num(c.powerServingW[ci] as number, 1), num(c.powerTransitionW[ci] as number, 1), num(c.powerStandbyW[ci] as number, 1),
        c.hostsStandby[ci] as number,
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
    const rows: Cell[][] = [];
    for (let h = 0; h < H.n; h++) {
      const mem = H.memoryMiB[h] as number;
      rows.push([
        time, ts, interval, H.ids[h] as string, (world.clusters[H.cluster[h] as number] as { id: string }).id,
        H.vmCount[h] as number, num(H.usableMhz[h] as number, 1), num(f.host.demandMhz[h] as number, 1),
        num(f.host.grantedMhz[h] as number, 1), num(f.host.utilPct[h] as number, 3), num(f.host.readyPct[h] as number, 3),
        num((H.vcpus[h] as number) / (H.cores[h] as number), 3), num(mem, 1), num(f.host.consumedMiB[h] as number, 1),
        num(f.host.activeMiB[h] as number, 1), num(f.host.freeMiB[h] as number, 1),
        num((H.configuredMiB[h] as number) / mem, 3), MEMORY_STATES[f.host.memState[h] as number] as string,
        num(f.host.sharedMiB[h] as number, 1), num(f.host.balloonMiB[h] as number, 1), num(f.host.compressedMiB[h] as number, 1),
        num(f.host.compressionSavedMiB[h] as number, 1), num(f.host.swappedMiB[h] as number, 1),
        num(f.host.swapInMiBps[h] as number, 3), num(f.host.swapOutMiBps[h] as number, 3), num(f.host.blockedMiB[h] as number, 1),
        num(f.host.stallPct[h] as number, 3),
        num(f.host.powerW[h] as number, 1), num(f.host.energyWh[h] as number, 3),
        num(f.host.upPct[h] as number, 3), HOST_STATES[f.host.state[h] as number] as string,
      ]);
    }
    this.csv.rows(rows);
  }

  close(): void {
    this.csv.close();
  }
}

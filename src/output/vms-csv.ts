/**
 * vms.csv: one row per VM with its placement and its demand, granted CPU and CPU ready over the
 * run: means from the integrals, p95 of the output-interval averages.
 */
import type { RunOutcome } from '../metrics/run-outcome.js';
import { coStopPct } from '../model/cpu/co-stop.js';
import { FLAVOURS } from '../model/hypervisor.js';
import { DOWN_REASONS, RESTART_PRIORITIES, VM_BOOTING, VM_DOWN, VM_STATES } from '../model/lifecycle.js';
import { csvRecord, num, type Cell } from './csv-cell.js';
import { vmMeans, vmMemory } from './vm-figures.js';

export { vmMeans, vmMemory } from './vm-figures.js';

export const VM_COLUMNS = [
  'vm', 'group', 'host', 'vcpus', 'memory_mib', 'cpu_reservation_mhz', 'cpu_limit_mhz', 'cpu_shares',
  'cpu_demand_mean_pct', 'cpu_demand_p95_pct', 'cpu_granted_mean_pct', 'cpu_granted_p95_pct',
  'cpu_ready_mean_pct', 'cpu_ready_p95_pct', 'cpu_ready_ms', 'cpu_costop_mean_pct', 'mem_touched_mib', 'mem_shared_saved_mean_mib',
  'mem_balloon_mean_mib', 'mem_compressed_mean_mib', 'mem_swapped_mean_mib', 'swap_in_mib', 'swap_out_mib',
  'mem_stall_pct', 'status', 'reason', 'state', 'down_reason', 'ha_priority', 'outages', 'downtime_s', 'availability_pct',
  'migrations', 'migration_downtime_ms',
] as const;

/** The vms.csv rows of VMs [from, to) as CSV text: a run keeps them until its report is written, text is far smaller than cells. */
export function vmsCsvText(r: RunOutcome, from: number, to: number): string {
  const reasons = new Map(r.unplaced.map((u) => [u.vm, u.reason]));
  const chunks: string[] = [];
  for (let v = from; v < to; v += 4096) chunks.push(vmsCsvRows(r, reasons, v, Math.min(to, v + 4096)).map(csvRecord).join(''));
  return chunks.join('');
}

/** The vms.csv rows of VMs [from, to). */
function vmsCsvRows(r: RunOutcome, reasons: ReadonlyMap<number, string>, from: number, to: number): Cell[][] {
  const { world } = r;
  const V = world.vms;
  const H = world.hosts;
  const batch: Cell[][] = [];
  for (let v = from; v < to; v++) {
    const h = V.host[v];
    const m = vmMeans(r, v);
    const mm = vmMemory(r, v);
    const coreMhz = h >= 0 ? (H.coreMhz[h]) : NaN;
    const limit = V.cpuLimitMhz[v];
    batch.push([
      V.ids[v] as string,
      (world.groups[V.group[v]] as { id: string }).id,
      h >= 0 ? (H.ids[h] as string) : '',
      V.vcpus[v],
      num(V.memoryMiB[v], 0),
      num(V.cpuReservationMhz[v], 0),
      Number.isFinite(limit) ? num(limit, 0) : '',
      num(V.cpuShares[v], 0),
      num(m.demand, 3),
      num(r.vmP95Pct.demand[v], 3),
      num(m.granted, 3),
      num(r.vmP95Pct.granted[v], 3),
      num(m.ready, 3),
      num(r.vmP95Pct.ready[v], 3),
      num((V.readyInt[v]) / coreMhz, 0),
      // ESXi co-stop estimated from the run's means (model/cpu/co-stop.ts); KVM does not co-schedule.
      h >= 0 && FLAVOURS[H.flavour[h]] === 'esxi' ? num(coStopPct(V.vcpus[v], m.demand, m.ready), 3) : h >= 0 ? num(0, 3) : num(NaN, 3),
      num(V.touchedMiB[v], 1),
      num(mm.shared, 1),
      num(mm.balloon, 1),
      num(mm.compressed, 1),
      num(mm.swapped, 1),
      num(mm.swapIn, 1),
      num(mm.swapOut, 1),
      num(mm.stallPct, 3),
      // status: unplaceable when refused at power-on and never placed since (reason: the refusal).
      reasons.has(v) ? 'unplaceable' : 'placed',
      reasons.get(v) ?? '',
      VM_STATES[V.state[v]] as string,
      V.state[v] === VM_DOWN || V.state[v] === VM_BOOTING ? (DOWN_REASONS[V.downReason[v]] as string) : '',
      RESTART_PRIORITIES[V.haPriority[v]] as string,
      r.vmOutages.count[v],
      num((r.vmOutages.downMs[v]) / 1000, 3),
      num((r.vmOutages.availability[v]) * 100, 4),
      V.migrations[v],
      num(V.migrationDowntimeMs[v], 3),
    ]);
  }
  return batch;
}

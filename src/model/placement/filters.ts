/**
 * Placement filters: can host h take VM v, and if not, why. One small function per concern
 * (host state, capacity caps, reservations, rules), used alike by initial placement, HA
 * restarts, migrations and power management. Each returns 0 (passes) or a reason code
 * (1 + index into REJECT_REASONS).
 */
import { HOST_ON } from '../lifecycle.js';
import type { ClusterInfo, PlacementRule, World } from '../world.js';

export const REJECT_REASONS = [
  'VM has more vCPUs than the host has cores',
  'vCPU:pCPU cap',
  'memory overcommit cap',
  'CPU reservations exceed usable capacity',
  'memory reservations exceed host memory',
  'host not available (failed, standby, booting or in maintenance)',
  'failover host kept for HA restarts',
  'anti-affinity rule',
  'affinity rule',
  'VM-host rule',
  'VM has more memory than the host (RamFilter)',
  "CPU reservation above the VM's vCPUs × the host's core MHz",
] as const;
export const REJECT_STATE = 6;
export const REJECT_FAILOVER = 7;
export const REJECT_ANTI_AFFINITY = 8;
export const REJECT_AFFINITY = 9;
export const REJECT_VM_HOST = 10;
export const REJECT_MEMORY_WIDTH = 11;
export const REJECT_RESERVATION_WIDTH = 12;

/** Why a placement is asked for: filters differ slightly by purpose. */
export const PURPOSE_POWER_ON = 0;
export const PURPOSE_HA_RESTART = 1;
export const PURPOSE_MIGRATION = 2;

/** What a VM asks of a host: vCPUs and memory against the caps, and reservations. */
export interface VmAsk {
  vcpus: number;
  memoryMiB: number;
  cpuReservationMhz: number;
  memReservedMiB: number; // memory reservation + the hypervisor's per-VM overhead
}

export function askOf(world: World, v: number): VmAsk {
  const V = world.vms;
  return {
    vcpus: V.vcpus[v],
    memoryMiB: V.memoryMiB[v],
    cpuReservationMhz: V.cpuReservationMhz[v],
    memReservedMiB: (V.memReservationMiB[v]) + (V.overheadMiB[v]),
  };
}

/** The host is on and takes new VMs; failover hosts take only HA restarts (vSphere keeps them empty). */
export function stateFilter(world: World, h: number, purpose: number): number {
  if (world.hosts.state[h] !== HOST_ON) return REJECT_STATE;
  if (world.failoverHost[h] === 1 && purpose !== PURPOSE_HA_RESTART) return REJECT_FAILOVER;
  return 0;
}

/**
 * Caps on vCPU:pCPU and memory overcommit, and reservations against capacity. Under the filter
 * scheduler the caps are Nova's allocation ratios and apply only when their filter is enabled:
 * CoreFilter (nova/scheduler/filters/core_filter.py: vcpus_total × cpu_allocation_ratio −
 * vcpus_used ≥ the VM's vCPUs) and RamFilter (nova/scheduler/filters/ram_filter.py: the VM's
 * memory ≤ the host's, "do not allow an instance to overcommit against itself", and
 * total × ram_allocation_ratio − used ≥ the VM's memory). A VM wider than the host's cores and
 * reservations beyond capacity are refused whatever the filters: the CPU model needs a core per
 * vCPU and a reservation is a guarantee. With `reservationWithinVcpus`, so is a reservation
 * beyond what the VM's vCPUs can run on the host's cores.
 */
export function capacityFilter(world: World, cluster: ClusterInfo, h: number, ask: VmAsk): number {
  const H = world.hosts;
  const cores = H.cores[h];
  if (ask.vcpus > cores) return 1;
  const fs = cluster.placement.filterScheduler;
  if ((fs === null || fs.coreFilter) && (H.vcpus[h]) + ask.vcpus > cluster.placement.maxVcpuPerCore * cores + 1e-9) return 2;
  const mem = H.memoryMiB[h];
  if (fs !== null && fs.ramFilter && ask.memoryMiB > mem) return REJECT_MEMORY_WIDTH;
  if ((fs === null || fs.ramFilter) && (H.configuredMiB[h]) + ask.memoryMiB > cluster.placement.maxMemoryOvercommit * mem + 1e-6) return 3;
  if ((H.reservedMhz[h]) + ask.cpuReservationMhz > (H.usableMhz[h]) + 1e-9) return 4;
  // A vCPU runs on one core at a time, so a VM can never use more than vCPUs × core MHz: a
  // reservation above that cannot be honoured there. CloudSim refuses such a host (5.0
  // Host.isSuitableForVm: the host's PE MIPS ≥ the VM's MIPS per PE); vSphere's HA slot sizing
  // (DOMAIN.md) takes reservations as given, so this is the cluster's choice.
  if (cluster.placement.reservationWithinVcpus && ask.cpuReservationMhz > ask.vcpus * (H.coreMhz[h]) + 1e-9) return REJECT_RESERVATION_WIDTH;
  if ((H.reservedMiB[h]) + ask.memReservedMiB > mem - (H.overheadMiB[h])) return 5;
  return 0;
}

/** Where VM u is, or is going: a migrating VM counts on its destination for rules. */
function whereIs(world: World, u: number): number {
  const dest = world.vms.destHost[u];
  return dest >= 0 ? dest : (world.vms.host[u]);
}

/** One rule against host h for VM v. `withShould` false lets should rules pass. */
export function ruleFilter(world: World, cluster: ClusterInfo, rule: PlacementRule, h: number, v: number, withShould: boolean): number {
  if (!rule.mandatory && !withShould) return 0;
  // Under the filter scheduler a server group's policy holds only where its filter is enabled
  // (nova/scheduler/filters/affinity_filter.py: ServerGroupAffinityFilter, ServerGroupAntiAffinityFilter).
  const fs = cluster.placement.filterScheduler;
  if (fs !== null && ((rule.kind === 'affinity' && !fs.affinityFilter) || (rule.kind === 'anti-affinity' && !fs.antiAffinityFilter))) return 0;
  if (rule.kind === 'vm-host') {
    const inGroup = (rule.hostMask as Uint8Array)[h - cluster.hostStart] === 1;
    return inGroup === rule.negate ? REJECT_VM_HOST : 0;
  }
  const members = rule.vms;
  if (rule.kind === 'anti-affinity') {
    for (let k = 0; k < members.length; k++) {
      const u = members[k];
      if (u !== v && whereIs(world, u) === h) return REJECT_ANTI_AFFINITY;
    }
    return 0;
  }
  // Affinity: the first member placed chooses the host; the others follow it.
  for (let k = 0; k < members.length; k++) {
    const u = members[k];
    if (u === v) continue;
    const at = whereIs(world, u);
    if (at >= 0 && at !== h) return REJECT_AFFINITY;
  }
  return 0;
}

/** Every rule VM v belongs to, against host h. */
export function rulesFilter(world: World, cluster: ClusterInfo, h: number, v: number, withShould: boolean): number {
  const ids = world.vmRules.get(v);
  return ids === undefined ? 0 : rulesOf(world, cluster, ids, h, v, withShould);
}

/** The rules `ids` (those VM v belongs to) against host h. */
function rulesOf(world: World, cluster: ClusterInfo, ids: readonly number[], h: number, v: number, withShould: boolean): number {
  for (const r of ids) {
    const code = ruleFilter(world, cluster, cluster.rules[r] as PlacementRule, h, v, withShould);
    if (code !== 0) return code;
  }
  return 0;
}

/** All filters in order; 0 when host h can take VM v for this purpose. */
export function rejectCode(
  world: World,
  cluster: ClusterInfo,
  h: number,
  v: number,
  purpose = PURPOSE_POWER_ON,
  withShould = true,
  // A scan over the hosts for one VM passes these once (choose.ts): asked per host, they were an
  // object and a map lookup for every host of every VM placed.
  ask: VmAsk = askOf(world, v),
  rules: readonly number[] | undefined = world.vmRules.get(v),
): number {
  return (
    stateFilter(world, h, purpose) ||
    capacityFilter(world, cluster, h, ask) ||
    (rules === undefined ? 0 : rulesOf(world, cluster, rules, h, v, withShould))
  );
}

/** Whether VM v is in any should rule (then a second pass without them is allowed). */
export function hasShouldRule(world: World, cluster: ClusterInfo, v: number): boolean {
  const ids = world.vmRules.get(v);
  return ids !== undefined && ids.some((r) => !(cluster.rules[r] as PlacementRule).mandatory);
}

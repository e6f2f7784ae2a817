/**
 * Whether the VMs of hosts about to go to standby fit on the hosts that stay on: the what-if
 * evacuation DPM runs before it recommends a power-off. Sources: US patent 9,047,083 (VMware,
 * "Reducing power consumption in a server cluster": "the impact of powering off is calculated by
 * simulating moving all virtual machines from the host"), and the vSphere Resource Management
 * guide, troubleshooting "Total cluster load is low", which lists "DRS cannot evacuate the host"
 * among the reasons a host stays on.
 *
 * The simulation is a first-fit-decreasing packing (largest vCPU count first, then memory) onto
 * the staying hosts, against the caps the placement filters apply (placement/filters.ts,
 * capacityFilter): vCPUs per core, memory overcommit, CPU and memory reservations. Failover hosts
 * take no VMs (vSphere keeps them empty). Affinity rules are left to the evacuation itself, which
 * gives the power-down up when one blocks a VM (balancer/maintenance.ts).
 */
import { HOST_ON } from '../lifecycle.js';
import { askOf, type VmAsk } from '../placement/filters.js';
import type { ClusterInfo, World } from '../world.js';

interface Room {
  readonly h: number;
  vcpus: number;
  configuredMiB: number;
  reservedMhz: number;
  reservedMiB: number;
}

function fits(world: World, cluster: ClusterInfo, r: Room, ask: VmAsk): boolean {
  const H = world.hosts;
  const cores = H.cores[r.h];
  const mem = H.memoryMiB[r.h];
  return (
    ask.vcpus <= cores &&
    r.vcpus + ask.vcpus <= cluster.placement.maxVcpuPerCore * cores + 1e-9 &&
    r.configuredMiB + ask.memoryMiB <= cluster.placement.maxMemoryOvercommit * mem + 1e-6 &&
    r.reservedMhz + ask.cpuReservationMhz <= (H.usableMhz[r.h]) + 1e-9 &&
    r.reservedMiB + ask.memReservedMiB <= mem - (H.overheadMiB[r.h])
  );
}

/**
 * Null when every VM on the `leaving` hosts fits on a host of `cluster` that is on, not leaving
 * and for which `stays(h)` holds; otherwise why not, in words.
 */
export function evacuationFits(world: World, cluster: ClusterInfo, leaving: readonly number[], stays: (h: number) => boolean): string | null {
  const H = world.hosts;
  const V = world.vms;
  const rooms: Room[] = [];
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    if (H.state[h] !== HOST_ON || leaving.includes(h) || world.failoverHost[h] === 1 || !stays(h)) continue;
    rooms.push({ h, vcpus: H.vcpus[h], configuredMiB: H.configuredMiB[h], reservedMhz: H.reservedMhz[h], reservedMiB: H.reservedMiB[h] });
  }
  const asks: Array<{ v: number; ask: VmAsk }> = [];
  // A VM already migrating is counted on its destination (placement/initial.ts, reserveOn).
  for (const h of leaving)
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) if ((V.destHost[v]) < 0) asks.push({ v, ask: askOf(world, v) });
  // Largest first, ties by VM index: deterministic.
  asks.sort((a, b) => b.ask.vcpus - a.ask.vcpus || b.ask.memoryMiB - a.ask.memoryMiB || a.v - b.v);
  let unplaced = 0;
  let first = -1;
  for (const { v, ask } of asks) {
    const r = rooms.find((room) => fits(world, cluster, room, ask));
    if (r === undefined) {
      if (first < 0) first = v;
      unplaced++;
      continue;
    }
    r.vcpus += ask.vcpus;
    r.configuredMiB += ask.memoryMiB;
    r.reservedMhz += ask.cpuReservationMhz;
    r.reservedMiB += ask.memReservedMiB;
  }
  if (unplaced === 0) return null;
  return `${unplaced} of ${asks.length} VMs (first ${V.ids[first]}) would fit on none of the ${rooms.length} hosts staying on (vCPU:pCPU cap ${cluster.placement.maxVcpuPerCore}, memory overcommit cap ${cluster.placement.maxMemoryOvercommit}, reservations)`;
}

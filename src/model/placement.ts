/**
 * Initial placement: filters (does the VM fit under the cluster's caps?) then a choice among
 * the hosts that pass (first-fit, best-fit, spread, round-robin), as OpenDC's Nova-style
 * filter scheduler with `allocationRatio` caps (DOMAIN.md, Placement and balancing).
 * VMs are placed in scenario order; ties go to the lowest host index, so placement is
 * deterministic. A VM that fits nowhere is reported with the constraint that stopped it.
 */
import type { ClusterInfo, World } from './world.js';

/** Why a host rejects a VM; the index is the reason code. */
export const REJECT_REASONS = [
  'VM has more vCPUs than the host has cores',
  'vCPU:pCPU cap',
  'memory overcommit cap',
  'CPU reservations exceed usable capacity',
  'memory reservations exceed host memory',
] as const;

/** 0 when host h can take VM v, else 1 + the index of the first failing reason. */
export function rejectCode(world: World, cluster: ClusterInfo, h: number, v: number): number {
  const V = world.vms;
  return rejectCodeFor(world, cluster, h, {
    vcpus: V.vcpus[v] as number,
    memoryMiB: V.memoryMiB[v] as number,
    cpuReservationMhz: V.cpuReservationMhz[v] as number,
    memReservedMiB: (V.memReservationMiB[v] as number) + (V.overheadMiB[v] as number),
  });
}

/** What a VM asks of a host at placement: vCPUs and memory against the caps, and reservations. */
interface VmAsk {
  vcpus: number;
  memoryMiB: number;
  cpuReservationMhz: number;
  memReservedMiB: number; // memory reservation + the hypervisor's per-VM overhead
}

function rejectCodeFor(world: World, cluster: ClusterInfo, h: number, ask: VmAsk): number {
  const H = world.hosts;
  const cores = H.cores[h] as number;
  if (ask.vcpus > cores) return 1;
  if ((H.vcpus[h] as number) + ask.vcpus > cluster.placement.maxVcpuPerCore * cores + 1e-9) return 2;
  const mem = H.memoryMiB[h] as number;
  if ((H.configuredMiB[h] as number) + ask.memoryMiB > cluster.placement.maxMemoryOvercommit * mem + 1e-6) return 3;
  if ((H.reservedMhz[h] as number) + ask.cpuReservationMhz > (H.usableMhz[h] as number) + 1e-9) return 4;
  if ((H.reservedMiB[h] as number) + ask.memReservedMiB > mem - (H.overheadMiB[h] as number)) return 5;
  return 0;
}

/**
 * Headroom left on host h if VM v were placed there: the tighter of the vCPU room under the cap
 * and the memory room under the cap, each as a fraction of the host's allowance.
 */
function headroomAfter(world: World, cluster: ClusterInfo, h: number, v: number): number {
  const H = world.hosts;
  const V = world.vms;
  const cores = H.cores[h] as number;
  const vcpuCap = Number.isFinite(cluster.placement.maxVcpuPerCore) ? cluster.placement.maxVcpuPerCore * cores : cores * 64;
  const memCap = Number.isFinite(cluster.placement.maxMemoryOvercommit)
    ? cluster.placement.maxMemoryOvercommit * (H.memoryMiB[h] as number)
    : (H.memoryMiB[h] as number) * 64;
  const cpuRoom = (vcpuCap - (H.vcpus[h] as number) - (V.vcpus[v] as number)) / vcpuCap;
  const memRoom = (memCap - (H.configuredMiB[h] as number) - (V.memoryMiB[v] as number)) / memCap;
  return cpuRoom < memRoom ? cpuRoom : memRoom;
}

/** Record VM v on host h: bookkeeping, and VM v goes first in the host's intrusive VM list (newest first). */
export function attachVm(world: World, v: number, h: number): void {
  const H = world.hosts;
  const V = world.vms;
  V.host[v] = h;
  V.capMhz[v] = (V.vcpus[v] as number) * (H.coreMhz[h] as number);
  H.vcpus[h] = (H.vcpus[h] as number) + (V.vcpus[v] as number);
  H.vmCount[h] = (H.vmCount[h] as number) + 1;
  H.configuredMiB[h] = (H.configuredMiB[h] as number) + (V.memoryMiB[v] as number);
  H.reservedMhz[h] = (H.reservedMhz[h] as number) + (V.cpuReservationMhz[v] as number);
  H.reservedMiB[h] = (H.reservedMiB[h] as number) + (V.memReservationMiB[v] as number) + (V.overheadMiB[v] as number);
  V.next[v] = H.firstVm[h] as number;
  V.prev[v] = -1;
  if ((H.firstVm[h] as number) >= 0) V.prev[H.firstVm[h] as number] = v;
  H.firstVm[h] = v;
}

export interface PlacementOutcome {
  readonly placed: number;
  /** Unplaceable VMs with their reason, in VM order. */
  readonly unplaced: ReadonlyArray<{ vm: number; reason: string }>;
}

/** Place every VM of every cluster; returns what could not be placed and why. */
export function placeInitial(world: World): PlacementOutcome {
  const unplaced: Array<{ vm: number; reason: string }> = [];
  let placed = 0;
  for (const cluster of world.clusters) {
    const { hostStart, hostEnd } = cluster;
    if (hostEnd === hostStart) continue;
    // Hosts before `firstOpen` cannot take even the smallest VM of the cluster: skip them.
    const minimal = minimalVm(world, cluster);
    let firstOpen = hostStart;
    let rr = hostStart;
    for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
      let chosen = -1;
      const alg = cluster.placement.algorithm;
      if (alg === 'first-fit') {
        for (let h = firstOpen; h < hostEnd; h++) {
          if (rejectCode(world, cluster, h, v) === 0) {
            chosen = h;
            break;
          }
        }
      } else if (alg === 'round-robin') {
        const n = hostEnd - hostStart;
        for (let k = 0; k < n; k++) {
          const h = hostStart + ((rr - hostStart + k) % n);
          if (rejectCode(world, cluster, h, v) === 0) {
            chosen = h;
            rr = h + 1 === hostEnd ? hostStart : h + 1;
            break;
          }
        }
      } else {
        let best = alg === 'best-fit' ? Infinity : -Infinity;
        for (let h = firstOpen; h < hostEnd; h++) {
          if (rejectCode(world, cluster, h, v) !== 0) continue;
          const room = headroomAfter(world, cluster, h, v);
          if (alg === 'best-fit' ? room < best : room > best) {
            best = room;
            chosen = h;
          }
        }
      }
      if (chosen < 0) {
        unplaced.push({ vm: v, reason: rejectionSummary(world, cluster, v) });
        continue;
      }
      attachVm(world, v, chosen);
      placed++;
      while (firstOpen < hostEnd && rejectCodeFor(world, cluster, firstOpen, minimal) !== 0) firstOpen++;
    }
  }
  return { placed, unplaced };
}

/** The smallest amount of each resource any VM of the cluster asks for. */
function minimalVm(world: World, cluster: ClusterInfo): VmAsk {
  const V = world.vms;
  const m: VmAsk = { vcpus: Infinity, memoryMiB: Infinity, cpuReservationMhz: Infinity, memReservedMiB: Infinity };
  for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
    m.vcpus = Math.min(m.vcpus, V.vcpus[v] as number);
    m.memoryMiB = Math.min(m.memoryMiB, V.memoryMiB[v] as number);
    m.cpuReservationMhz = Math.min(m.cpuReservationMhz, V.cpuReservationMhz[v] as number);
    m.memReservedMiB = Math.min(m.memReservedMiB, (V.memReservationMiB[v] as number) + (V.overheadMiB[v] as number));
  }
  return m;
}

/** "no host fits: 6 hosts hit the vCPU:pCPU cap (4), 2 hosts the memory overcommit cap (1.5)". */
function rejectionSummary(world: World, cluster: ClusterInfo, v: number): string {
  const counts = new Array<number>(REJECT_REASONS.length).fill(0);
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    const code = rejectCode(world, cluster, h, v);
    if (code > 0) counts[code - 1] = (counts[code - 1] as number) + 1;
  }
  const parts: string[] = [];
  counts.forEach((c, i) => {
    if (c === 0) return;
    let label: string = REJECT_REASONS[i] as string;
    if (i === 1) label += ` (${cluster.placement.maxVcpuPerCore})`;
    if (i === 2) label += ` (${cluster.placement.maxMemoryOvercommit})`;
    parts.push(`${c} host${c === 1 ? '' : 's'}: ${label}`);
  });
  return `no host fits: ${parts.join('; ')}`;
}

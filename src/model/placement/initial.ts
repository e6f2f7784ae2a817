/**
 * Initial placement: every VM in scenario order through the filters (filters.ts) and the
 * cluster's scorer (scorers.ts), as OpenDC's Nova-style filter scheduler with
 * `allocationRatio` caps (DOMAIN.md, Placement and balancing). Ties go to the lowest host
 * index, so placement is deterministic. A VM that fits nowhere is reported with the constraint
 * that stopped it; one refused by HA admission control is reported as such.
 */
import { DOWN_ADMISSION, DOWN_NOT_CREATED, DOWN_UNPLACEABLE, VM_DOWN } from '../lifecycle.js';
import type { ClusterInfo, World } from '../world.js';
import { chooseHost, hasScorerOverride, rejectionSummary } from './choose.js';
import { BindingVotes, BINDINGS, densityParts, type DensityParts } from './density.js';
import { askOf, capacityFilter, PURPOSE_POWER_ON, rejectCode, type VmAsk } from './filters.js';
import { packOrder } from './pack.js';

export { REJECT_REASONS, rejectCode } from './filters.js';

/** Record VM v on host h: bookkeeping, and VM v goes first in the host's intrusive VM list (newest first). */
export function attachVm(world: World, v: number, h: number): void {
  reserveOn(world, v, h);
  linkVm(world, v, h);
}

/** Count VM v's vCPUs, memory and reservations on host h (also done ahead of a migration's switch-over). */
export function reserveOn(world: World, v: number, h: number): void {
  const H = world.hosts;
  const V = world.vms;
  H.vcpus[h] = (H.vcpus[h]) + (V.vcpus[v]);
  H.configuredMiB[h] = (H.configuredMiB[h]) + (V.memoryMiB[v]);
  H.reservedMhz[h] = (H.reservedMhz[h]) + (V.cpuReservationMhz[v]);
  H.reservedMiB[h] = (H.reservedMiB[h]) + (V.memReservationMiB[v]) + (V.overheadMiB[v]);
}

/** The reverse of reserveOn. */
export function releaseOn(world: World, v: number, h: number): void {
  const H = world.hosts;
  const V = world.vms;
  H.vcpus[h] = (H.vcpus[h]) - (V.vcpus[v]);
  H.configuredMiB[h] = (H.configuredMiB[h]) - (V.memoryMiB[v]);
  H.reservedMhz[h] = (H.reservedMhz[h]) - (V.cpuReservationMhz[v]);
  H.reservedMiB[h] = (H.reservedMiB[h]) - (V.memReservationMiB[v]) - (V.overheadMiB[v]);
}

/** Put VM v into host h's VM list (the VM now runs there). */
export function linkVm(world: World, v: number, h: number): void {
  const H = world.hosts;
  const V = world.vms;
  V.host[v] = h;
  V.capMhz[v] = (V.vcpus[v]) * (H.coreMhz[h]);
  H.vmCount[h] = (H.vmCount[h]) + 1;
  V.next[v] = H.firstVm[h];
  V.prev[v] = -1;
  if ((H.firstVm[h]) >= 0) V.prev[H.firstVm[h]] = v;
  H.firstVm[h] = v;
}

/** Take VM v out of its host's VM list. */
export function unlinkVm(world: World, v: number): void {
  const H = world.hosts;
  const V = world.vms;
  const h = V.host[v];
  const prev = V.prev[v];
  const next = V.next[v];
  if (prev >= 0) V.next[prev] = next;
  else H.firstVm[h] = next;
  if (next >= 0) V.prev[next] = prev;
  V.next[v] = -1;
  V.prev[v] = -1;
  V.host[v] = -1;
  H.vmCount[h] = (H.vmCount[h]) - 1;
}

export interface PlacementOutcome {
  readonly placed: number;
  /** VMs not powered on, with their reason, in VM order. */
  readonly unplaced: ReadonlyArray<{ vm: number; reason: string }>;
  /** VMs placed against a should rule because nothing else fitted. */
  readonly shouldViolations: ReadonlyArray<{ vm: number; host: number }>;
  /** Per cluster, the density the placement reached and what bound it (density.ts). */
  readonly density: readonly DensityParts[];
}

/** Admission control at power-on: null admits, else the reason for refusing. */
export type Admit = (v: number) => string | null;

/** Place every VM of every cluster; returns what could not be placed and why. */
export function placeInitial(world: World, admit: Admit = () => null, onPlaced?: (v: number, h: number) => void): PlacementOutcome {
  const unplaced: Array<{ vm: number; reason: string }> = [];
  const shouldViolations: Array<{ vm: number; host: number }> = [];
  const density: DensityParts[] = [];
  const V = world.vms;
  let placed = 0;
  for (const cluster of world.clusters) {
    const { hostStart, hostEnd } = cluster;
    const placedBoundBy = BINDINGS.map(() => 0);
    const unplacedBoundBy = BINDINGS.map(() => 0);
    if (hostEnd === hostStart) {
      for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
        if (V.downReason[v] === DOWN_NOT_CREATED) continue;
        unplaced.push({ vm: v, reason: 'no host in the cluster' });
        unplacedBoundBy[0] = (unplacedBoundBy[0]) + 1;
      }
      density.push(densityParts(world, cluster, placedBoundBy, unplacedBoundBy));
      continue;
    }
    const alg = cluster.placement.algorithm;
    // Sizing placement: first-fit over the VMs largest first (pack.ts); the others in scenario order.
    const order = alg === 'pack' ? packOrder(world, cluster) : null;
    const simple = cluster.rules.length === 0;
    // Hosts before `firstOpen` cannot take even the smallest VM of the cluster: skip them.
    const minimal = minimalVm(world, cluster);
    let firstOpen = hostStart;
    let rr = hostStart;
    const votes = new BindingVotes(world, cluster);
    for (let k = cluster.vmStart; k < cluster.vmEnd; k++) {
      const v = order === null ? k : (order[k - cluster.vmStart]);
      // VMs declared for later (provisioning, autoscaling) are not powered on now.
      if (V.downReason[v] === DOWN_NOT_CREATED) continue;
      const refused = admit(v);
      if (refused !== null) {
        V.state[v] = VM_DOWN;
        V.downReason[v] = DOWN_ADMISSION;
        unplaced.push({ vm: v, reason: refused });
        continue;
      }
      let chosen = -1;
      const bound = votes.forVm(v);
      const ask = askOf(world, v);
      const rules = world.vmRules.get(v);
      if ((alg === 'first-fit' || alg === 'pack') && simple && !hasScorerOverride(world)) {
        for (let h = firstOpen; h < hostEnd; h++) {
          if (rejectCode(world, cluster, h, v, PURPOSE_POWER_ON, true, ask, rules) === 0) {
            chosen = h;
            break;
          }
        }
      } else if (alg === 'round-robin' && !hasScorerOverride(world)) {
        const n = hostEnd - hostStart;
        for (let k = 0; k < n; k++) {
          const h = hostStart + ((rr - hostStart + k) % n);
          if (rejectCode(world, cluster, h, v, PURPOSE_POWER_ON, true, ask, rules) === 0) {
            chosen = h;
            rr = h + 1 === hostEnd ? hostStart : h + 1;
            break;
          }
        }
      } else {
        const choice = chooseHost(world, v, PURPOSE_POWER_ON);
        chosen = choice.host;
        if (choice.shouldViolated) shouldViolations.push({ vm: v, host: chosen });
      }
      if (chosen < 0) {
        V.state[v] = VM_DOWN;
        V.downReason[v] = DOWN_UNPLACEABLE;
        unplaced.push({ vm: v, reason: rejectionSummary(world, cluster, v, PURPOSE_POWER_ON) });
        unplacedBoundBy[bound] = (unplacedBoundBy[bound]) + 1;
        continue;
      }
      placedBoundBy[bound] = (placedBoundBy[bound]) + 1;
      attachVm(world, v, chosen);
      votes.placed(chosen);
      onPlaced?.(v, chosen);
      placed++;
      while (firstOpen < hostEnd && capacityFilter(world, cluster, firstOpen, minimal) !== 0) firstOpen++;
    }
    density.push(densityParts(world, cluster, placedBoundBy, unplacedBoundBy));
  }
  // Packing takes VMs out of scenario order; the outcome lists them in VM order all the same.
  unplaced.sort((a, b) => a.vm - b.vm);
  shouldViolations.sort((a, b) => a.vm - b.vm);
  return { placed, unplaced, shouldViolations, density };
}

/** The smallest amount of each resource any VM of the cluster asks for. */
function minimalVm(world: World, cluster: ClusterInfo): VmAsk {
  const m: VmAsk = { vcpus: Infinity, memoryMiB: Infinity, cpuReservationMhz: Infinity, memReservedMiB: Infinity };
  for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
    const a = askOf(world, v);
    m.vcpus = Math.min(m.vcpus, a.vcpus);
    m.memoryMiB = Math.min(m.memoryMiB, a.memoryMiB);
    m.cpuReservationMhz = Math.min(m.cpuReservationMhz, a.cpuReservationMhz);
    m.memReservedMiB = Math.min(m.memReservedMiB, a.memReservedMiB);
  }
  return m;
}

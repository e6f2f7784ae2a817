/**
 * Host weighers of the filter scheduler ('filter-weigher'), with OpenStack Nova's semantics
 * (openstack/nova nova/weights.py, BaseWeightHandler.get_weighed_objects): every weigher gives
 * each host that passed the filters a raw weight; the raw weights of one weigher are normalised
 * to 0..1 over those hosts (`normalize`: (w − min) / (max − min), all 0 when min = max, a
 * weigher's own minval / maxval replacing the observed bound); the normalised weight times the
 * weigher's multiplier is added to the host's score; the highest score wins. Nova then picks at
 * random among the best `host_subset_size` hosts (default 1); dcsim keeps subset size 1 and
 * breaks ties by the lowest host index, so a choice is deterministic.
 *
 * Raw weights are those of the host before the VM is placed, as Nova's HostState.
 */
import type { ClusterInfo, World } from '../world.js';

export type WeigherName = 'RAMWeigher' | 'CPUWeigher' | 'CoreRamWeigher' | 'NumInstancesWeigher';

export interface Weigher {
  readonly weigher: WeigherName;
  readonly multiplier: number;
}

interface WeigherDef {
  /** Raw weight of host h (higher wins before the multiplier's sign). */
  readonly raw: (world: World, cluster: ClusterInfo, h: number) => number;
  /** Nova's BaseWeigher.minval: raw weights below it are raised to it and it is the lower bound of the normalisation. */
  readonly minval: number | null;
  /** Nova's default multiplier (nova/conf/scheduler.py `*_weight_multiplier`). */
  readonly defaultMultiplier: number;
}

/** Memory a host has not given to VMs, MiB (Nova HostState.free_ram_mb: total − used, no ratio, may go negative). */
export function freeRamMiB(world: World, h: number): number {
  return (world.hosts.memoryMiB[h]) - (world.hosts.configuredMiB[h]);
}

/** vCPUs a host can still take under its allocation ratio (Nova CPUWeigher: vcpus_total × cpu_allocation_ratio − vcpus_used). */
export function freeVcpus(world: World, cluster: ClusterInfo, h: number): number {
  const ratio = Number.isFinite(cluster.placement.maxVcpuPerCore) ? cluster.placement.maxVcpuPerCore : 1;
  return (world.hosts.cores[h]) * ratio - (world.hosts.vcpus[h]);
}

export const WEIGHERS: Record<WeigherName, WeigherDef> = {
  // nova/scheduler/weights/ram.py: RAMWeigher, minval = 0, weight = free_ram_mb; multiplier 1.0 spreads, negative stacks.
  RAMWeigher: { raw: (w, _c, h) => freeRamMiB(w, h), minval: 0, defaultMultiplier: 1 },
  // nova/scheduler/weights/cpu.py: CPUWeigher, minval = 0, weight = free vCPUs under cpu_allocation_ratio.
  CPUWeigher: { raw: freeVcpus, minval: 0, defaultMultiplier: 1 },
  // OpenDC compute simulator, scheduler/weights/CoreRamWeigher.kt: available memory per physical core (no minval).
  CoreRamWeigher: { raw: (w, _c, h) => freeRamMiB(w, h) / (w.hosts.cores[h]), minval: null, defaultMultiplier: 1 },
  // nova/scheduler/weights/num_instances.py: weight = num_instances; default multiplier 0.0 (negative spreads).
  NumInstancesWeigher: { raw: (w, _c, h) => w.hosts.vmCount[h], minval: null, defaultMultiplier: 0 },
};

export const WEIGHER_NAMES = Object.keys(WEIGHERS) as WeigherName[];

/** Nova's default multiplier of a weigher. */
export function defaultMultiplier(name: WeigherName): number {
  return WEIGHERS[name].defaultMultiplier;
}

/**
 * nova/weights.py `normalize`: each value to (w − min) / (max − min), min and max from the list
 * unless given; all 0 when they are equal. Written into `out`.
 */
export function normalize(raw: Float64Array, n: number, minval: number | null, maxval: number | null, out: Float64Array): void {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const w = raw[i];
    if (w < lo) lo = w;
    if (w > hi) hi = w;
  }
  if (minval !== null) lo = minval;
  if (maxval !== null) hi = maxval;
  const range = hi - lo;
  for (let i = 0; i < n; i++) out[i] = range === 0 ? 0 : ((raw[i]) - lo) / range;
}

/**
 * Score of each candidate host (Σ multiplier × normalised weight), written into `score`.
 * Nova skips weighing when one host or none is left (every weight stays 0); so does this.
 */
export function weighHosts(world: World, cluster: ClusterInfo, weighers: readonly Weigher[], hosts: Int32Array, n: number, score: Float64Array): void {
  score.fill(0, 0, n);
  if (n <= 1) return;
  const raw = new Float64Array(n);
  const norm = new Float64Array(n);
  for (const { weigher, multiplier } of weighers) {
    const def = WEIGHERS[weigher];
    for (let i = 0; i < n; i++) {
      const w = def.raw(world, cluster, hosts[i]);
      raw[i] = def.minval !== null && w < def.minval ? def.minval : w;
    }
    normalize(raw, n, def.minval, null, norm);
    for (let i = 0; i < n; i++) score[i] = (score[i]) + multiplier * (norm[i]);
  }
}

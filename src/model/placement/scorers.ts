/**
 * Placement scorers: among hosts that pass the filters, higher scores win; ties go to the
 * lowest host index, so every choice is deterministic.
 */
import type { ClusterInfo, World } from '../world.js';

/** Allowance of host h under the cluster's caps: vCPUs and configured memory (finite even without caps). */
function allowance(world: World, cluster: ClusterInfo, h: number): { vcpu: number; mem: number } {
  const H = world.hosts;
  const cores = H.cores[h];
  const mem = H.memoryMiB[h];
  return {
    vcpu: Number.isFinite(cluster.placement.maxVcpuPerCore) ? cluster.placement.maxVcpuPerCore * cores : cores * 64,
    mem: Number.isFinite(cluster.placement.maxMemoryOvercommit) ? cluster.placement.maxMemoryOvercommit * mem : mem * 64,
  };
}

/**
 * Headroom left on host h if VM v were placed there: the tighter of the vCPU room under the cap
 * and the memory room under the cap, each as a fraction of the host's allowance.
 */
export function headroomAfter(world: World, cluster: ClusterInfo, h: number, v: number): number {
  const H = world.hosts;
  const V = world.vms;
  const a = allowance(world, cluster, h);
  const cpuRoom = (a.vcpu - (H.vcpus[h]) - (V.vcpus[v])) / a.vcpu;
  const memRoom = (a.mem - (H.configuredMiB[h]) - (V.memoryMiB[v])) / a.mem;
  return cpuRoom < memRoom ? cpuRoom : memRoom;
}

/**
 * Balanced (dot product, as in vector bin packing): the VM's (vCPU, memory) request against the
 * host's free (vCPU, memory) allowance, both normalised by the allowance. A host whose free room
 * lies along the VM's shape scores high, which keeps CPU and memory used evenly.
 */
export function dotProduct(world: World, cluster: ClusterInfo, h: number, v: number): number {
  const H = world.hosts;
  const V = world.vms;
  const a = allowance(world, cluster, h);
  const freeCpu = (a.vcpu - (H.vcpus[h])) / a.vcpu;
  const freeMem = (a.mem - (H.configuredMiB[h])) / a.mem;
  return ((V.vcpus[v]) / a.vcpu) * freeCpu + ((V.memoryMiB[v]) / a.mem) * freeMem;
}

export type Scorer = (world: World, cluster: ClusterInfo, h: number, v: number) => number;

export const SCORERS: Record<ClusterInfo['placement']['algorithm'], Scorer> = {
  'first-fit': (_w, _c, h) => -h,
  'best-fit': (w, c, h, v) => -headroomAfter(w, c, h, v),
  spread: headroomAfter,
  balanced: dotProduct,
  // Round-robin is an order, kept by initial placement; later choices spread.
  'round-robin': headroomAfter,
  // Packing orders the initial placement (pack.ts); later choices keep packing, lowest host first.
  pack: (_w, _c, h) => -h,
  // The filter scheduler weighs the candidates together (choose.ts, weighers.ts); this per-host
  // fallback is used only by code that scores one host at a time.
  'filter-weigher': headroomAfter,
};

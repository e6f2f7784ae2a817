/**
 * Placement scorers: among hosts that pass the filters, higher scores win; ties go to the
 * lowest host index, so every choice is deterministic.
 */
import type { ClusterInfo, World } from '../world.js';

/**
 * Allowance of host h under the cluster's caps, vCPUs and configured memory (finite even without
 * caps). Two numbers rather than an object: a scorer runs once per host for every VM placed (20
 * million times for a region cluster of 1,000 hosts and 20,000 VMs), and an object per call was
 * a tenth of such a run's garbage.
 */
function vcpuAllowance(cluster: ClusterInfo, cores: number): number {
  const cap = cluster.placement.maxVcpuPerCore;
  return Number.isFinite(cap) ? cap * cores : cores * 64;
}

function memoryAllowance(cluster: ClusterInfo, memoryMiB: number): number {
  const cap = cluster.placement.maxMemoryOvercommit;
  return Number.isFinite(cap) ? cap * memoryMiB : memoryMiB * 64;
}

/**
 * Headroom left on host h if VM v were placed there: the tighter of the vCPU room under the cap
 * and the memory room under the cap, each as a fraction of the host's allowance.
 */
export function headroomAfter(world: World, cluster: ClusterInfo, h: number, v: number): number {
  const H = world.hosts;
  const V = world.vms;
  const vcpu = vcpuAllowance(cluster, H.cores[h]);
  const mem = memoryAllowance(cluster, H.memoryMiB[h]);
  const cpuRoom = (vcpu - (H.vcpus[h]) - (V.vcpus[v])) / vcpu;
  const memRoom = (mem - (H.configuredMiB[h]) - (V.memoryMiB[v])) / mem;
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
  const vcpu = vcpuAllowance(cluster, H.cores[h]);
  const mem = memoryAllowance(cluster, H.memoryMiB[h]);
  const freeCpu = (vcpu - (H.vcpus[h])) / vcpu;
  const freeMem = (mem - (H.configuredMiB[h])) / mem;
  return ((V.vcpus[v]) / vcpu) * freeCpu + ((V.memoryMiB[v]) / mem) * freeMem;
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

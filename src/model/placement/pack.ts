/**
 * Sizing placement ('pack'): first-fit decreasing, so the VMs go onto as few hosts as the caps
 * allow and sweeping a cap really sweeps density. VMs are taken largest first by the cluster's
 * binding resource, each onto the lowest host that fits. First-fit decreasing uses at most
 * 11/9 · OPT + 6/9 bins in one dimension (Dósa 2007, "The tight bound of first fit decreasing
 * bin-packing algorithm is FFD(I) ≤ 11/9 OPT(I) + 6/9"); with two resources it sizes VMs by the
 * one that runs out first, one of the FFD orderings compared by Panigrahy et al. 2011
 * ("Heuristics for Vector Bin Packing", Microsoft Research).
 *
 * The binding resource is the one whose total ask is the larger share of the cluster's total
 * allowance under its cap (vCPUs against cap × cores, configured memory against cap × host
 * memory); without caps, against the cores and the memory themselves.
 */
import type { ClusterInfo, World } from '../world.js';

export type PackResource = 'vcpus' | 'memory';

/** Which resource runs out first across the cluster under its caps. */
export function bindingResource(world: World, cluster: ClusterInfo): PackResource {
  const H = world.hosts;
  const V = world.vms;
  const cpuCap = Number.isFinite(cluster.placement.maxVcpuPerCore) ? cluster.placement.maxVcpuPerCore : 1;
  const memCap = Number.isFinite(cluster.placement.maxMemoryOvercommit) ? cluster.placement.maxMemoryOvercommit : 1;
  let cores = 0;
  let mem = 0;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    cores += H.cores[h];
    mem += H.memoryMiB[h];
  }
  let vcpus = 0;
  let vmMem = 0;
  for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
    vcpus += V.vcpus[v];
    vmMem += V.memoryMiB[v];
  }
  const cpuShare = cores > 0 ? vcpus / (cpuCap * cores) : 0;
  const memShare = mem > 0 ? vmMem / (memCap * mem) : 0;
  return memShare > cpuShare ? 'memory' : 'vcpus';
}

/**
 * The cluster's VM indices largest first by the binding resource, then by the other resource,
 * then in scenario order (a stable, total order: the same placement on every machine).
 */
export function packOrder(world: World, cluster: ClusterInfo): Int32Array {
  const V = world.vms;
  const byMemory = bindingResource(world, cluster) === 'memory';
  const first = byMemory ? V.memoryMiB : V.vcpus;
  const second = byMemory ? V.vcpus : V.memoryMiB;
  const order: number[] = [];
  for (let v = cluster.vmStart; v < cluster.vmEnd; v++) order.push(v);
  order.sort((a, b) => (first[b]) - (first[a]) || (second[b]) - (second[a]) || a - b);
  return Int32Array.from(order);
}

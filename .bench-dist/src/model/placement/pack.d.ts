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
export declare function bindingResource(world: World, cluster: ClusterInfo): PackResource;
/**
 * The cluster's VM indices largest first by the binding resource, then by the other resource,
 * then in scenario order (a stable, total order: the same placement on every machine).
 */
export declare function packOrder(world: World, cluster: ClusterInfo): Int32Array;

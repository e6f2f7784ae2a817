/**
 * Placement scorers: among hosts that pass the filters, higher scores win; ties go to the
 * lowest host index, so every choice is deterministic.
 */
import type { ClusterInfo, World } from '../world.js';
/**
 * Headroom left on host h if VM v were placed there: the tighter of the vCPU room under the cap
 * and the memory room under the cap, each as a fraction of the host's allowance.
 */
export declare function headroomAfter(world: World, cluster: ClusterInfo, h: number, v: number): number;
/**
 * Balanced (dot product, as in vector bin packing): the VM's (vCPU, memory) request against the
 * host's free (vCPU, memory) allowance, both normalised by the allowance. A host whose free room
 * lies along the VM's shape scores high, which keeps CPU and memory used evenly.
 */
export declare function dotProduct(world: World, cluster: ClusterInfo, h: number, v: number): number;
export type Scorer = (world: World, cluster: ClusterInfo, h: number, v: number) => number;
export declare const SCORERS: Record<ClusterInfo['placement']['algorithm'], Scorer>;

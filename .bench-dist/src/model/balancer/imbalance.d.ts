import type { ClusterInfo, World } from '../world.js';
/** Per-host CPU and memory use of one cluster as fractions of capacity (NaN for hosts not on). */
export interface HostUsage {
    readonly cpu: Float64Array;
    readonly mem: Float64Array;
}
export declare function newUsage(cluster: ClusterInfo): HostUsage;
/** Fill `out` with the cluster's current usage. */
export declare function hostUsage(world: World, cluster: ClusterInfo, out: HostUsage): void;
/** Per-host load (max of CPU and memory fractions) into `out`; NaN for hosts not on. */
export declare function hostLoads(world: World, cluster: ClusterInfo, out: Float64Array): void;
/** Loads from a usage: max(cpu, mem), NaN stays NaN. */
export declare function loadsOf(u: HostUsage, out: Float64Array): void;
/** Population standard deviation of the non-NaN loads among the first n; 0 with none. */
export declare function imbalance(loads: ArrayLike<number>, n: number): number;
/** CPU (MHz) VM v would want on host h: its demand × its vCPUs × h's core speed. */
export declare function vmWantOn(world: World, v: number, h: number): number;
/** Memory (MiB) VM v takes with it: what its guest touched plus its hypervisor overhead. */
export declare function vmMemEstimate(world: World, v: number): number;
/** Imbalance if VM v moved from h1 to h2, computed on `u` without changing it or the world. */
export declare function imbalanceAfterMove(world: World, cluster: ClusterInfo, u: HostUsage, v: number, h1: number, h2: number): number;
/** Record a planned move in `u` (a balancer's working copy; the world is untouched). */
export declare function applyMove(world: World, cluster: ClusterInfo, u: HostUsage, v: number, h1: number, h2: number): void;
/** Imbalance of a usage. */
export declare function usageImbalance(u: HostUsage): number;

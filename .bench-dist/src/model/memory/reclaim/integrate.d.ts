/**
 * Integrals of the memory amounts (MiB·ms, MHz·ms) of a host and its VMs, accumulated as
 * amount × elapsed just before the amounts change (integrate at change points, STYLE.md).
 */
import type { World } from '../../world.js';
import type { MemoryArrays } from '../memory-arrays.js';
/** Integrate the memory amounts of host h and its VMs vms[0..n) up to t. */
export declare function integrateMemory(world: World, mem: MemoryArrays, h: number, vms: Int32Array, n: number, t: number): void;

import type { World } from '../world.js';
import type { MemoryArrays } from './memory-arrays.js';
/** What one reclamation pass leaves for the caller to schedule. */
export interface ReclaimOutcome {
    /** The host's new memory state (min-free.ts codes). */
    state: number;
    /** Something is still in motion: the host needs another memory tick. */
    moving: boolean;
    /** The only motion left is page sharing converging (ticks may be sparse). */
    onlySharing: boolean;
    /** Time one full sharing scan of the host takes (ms). */
    scanMs: number;
}
export declare class MemoryReclaimer {
    private readonly world;
    private readonly mem;
    /** The pass handed to the steps, refilled for each update (no allocation per host update). */
    private readonly pass;
    constructor(world: World, mem: MemoryArrays);
    /** Integrate the memory amounts of host h and its VMs up to t. */
    flush(h: number, vms: Int32Array, n: number, t: number): void;
    /**
     * Run reclamation for host h (VMs vms[0..n)) over the time since its last memory update; sets
     * the host's consumed memory, stall and engaged flag.
     */
    update(h: number, vms: Int32Array, n: number, t: number, hysteresisPct: number, initial?: boolean): ReclaimOutcome;
}

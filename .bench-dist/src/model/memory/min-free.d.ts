/**
 * ESXi minFree and the free-memory states (vSphere 6+), DOMAIN.md "Memory reclamation (ESXi flavour)".
 * minFree = 899 MB for the first 28 GB of host RAM + 1% of the rest.
 */
import type { MiB } from '../units.js';
export declare const MIN_FREE_BASE_MIB = 899;
export declare function minFreeMiB(hostMemoryMiB: MiB): MiB;
/** Memory states, best first; the numeric code is what the state arrays hold. */
export declare const MEMORY_STATES: readonly ["high", "clear", "soft", "hard", "low"];
export type MemoryState = (typeof MEMORY_STATES)[number];
export declare const STATE_HIGH = 0;
export declare const STATE_CLEAR = 1;
export declare const STATE_SOFT = 2;
export declare const STATE_HARD = 3;
export declare const STATE_LOW = 4;
/** Free memory, in % of minFree, at or above which a host is in each state (low: anything below hard). */
export declare const STATE_THRESHOLD_PCT: readonly [400, 100, 64, 32, 16];
/**
 * Next state from the current one and free memory (% of minFree), with hysteresis: a host falls
 * to a worse state as soon as free memory drops below that state's band, but climbs back only
 * once free memory is `hysteresisPct` above the better band's threshold, so a host hovering at a
 * threshold does not flap.
 */
export declare function nextMemoryState(current: number, freePct: number, hysteresisPct: number): number;

import { type HostPass } from './host-pass.js';
/** Reclaimed active memory below this (MiB) no longer needs ticks: its effect is negligible. */
export declare const SETTLED_MIB = 1;
/**
 * Sums host p.h's reclaimed memory into its arrays (sharedMiB, balloonMiB, compressedMiB,
 * compressedStoredMiB, swappedMiB, stallMhz), sets each VM's stall and the host's consumed
 * memory, and p.moving while reclaimed active pages still fault or allocations wait.
 */
export declare function hostTotals(p: HostPass): void;

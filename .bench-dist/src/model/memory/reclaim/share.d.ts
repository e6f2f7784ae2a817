import { type HostPass } from './host-pass.js';
/**
 * Runs the sharing scanner of host p.h in `state` over p.dt; `free` bounds KSM's metadata growth.
 * Returns the memory freed (MiB; negative when copy-on-write unshares or KSM metadata grows);
 * sets p.sharingPotentialMiB (sharing still moves while below it) and p.scanMs.
 */
export declare function share(p: HostPass, state: number, free: number): number;

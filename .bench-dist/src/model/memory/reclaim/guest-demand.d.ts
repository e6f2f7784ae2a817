import { type HostPass } from './host-pass.js';
/**
 * Applies the guests' moves for host p.h in `state` (minFree in MiB, capacity = RAM less the
 * hypervisor's overhead); sets each VM's and the host's blocked memory, and p.moving when some
 * VM still wants memory it was not given. Returns free memory (MiB) after the moves.
 */
export declare function guestDemand(p: HostPass, capacity: number, minFree: number, state: number, initial: boolean): number;

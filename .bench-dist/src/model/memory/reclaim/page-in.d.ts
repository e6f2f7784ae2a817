import { type HostPass } from './host-pass.js';
/**
 * Brings back the pages host p.h's guests touch over p.dt, into at most `free` MiB unless
 * `churn` (swap-ins and churn spend p.swapLeftMiB); adds the CPU spent decompressing to the
 * host's compressionMhz. Returns the memory the pages brought back took (MiB).
 */
export declare function pageIns(p: HostPass, churn: boolean, free: number): number;

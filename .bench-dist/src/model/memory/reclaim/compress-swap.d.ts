import { type HostPass } from './host-pass.js';
/**
 * Frees up to `need` MiB on host p.h by compressing what compresses and swapping the rest
 * (spending p.swapLeftMiB); adds the CPU spent compressing, as a rate over p.dt, to the host's
 * compressionMhz. Returns the memory freed (MiB).
 */
export declare function compressAndSwap(p: HostPass, need: number): number;

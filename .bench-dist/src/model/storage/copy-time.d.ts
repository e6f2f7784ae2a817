/**
 * Time arithmetic of disks, in whole milliseconds (the kernel's clock is integer): copying a
 * disk at a bandwidth, and the instant a linearly growing usage reaches a limit.
 */
/** Next whole millisecond at or after t (t itself when it is whole up to noise). */
export declare function ceilMs(t: number): number;
/** Time to copy `sizeMiB` at `bandwidthMiBps`: 40 GiB at 200 MiB/s = 40 960 / 200 s = 204 800 ms. */
export declare function copyMs(sizeMiB: number, bandwidthMiBps: number): number;
/**
 * When a usage of `usedMiB` at t, growing at `rateMiBPerMs`, reaches `limitMiB` (exact, not
 * rounded); Infinity when it does not grow.
 */
export declare function reachesAt(t: number, usedMiB: number, limitMiB: number, rateMiBPerMs: number): number;

/**
 * Time arithmetic of disks, in whole milliseconds (the kernel's clock is integer): copying a
 * disk at a bandwidth, and the instant a linearly growing usage reaches a limit.
 */
/** Slack for floating-point noise before rounding a time up to the next millisecond. */
const NOISE_MS = 1e-6;
/** Next whole millisecond at or after t (t itself when it is whole up to noise). */
export function ceilMs(t) {
    return Math.ceil(t - NOISE_MS);
}
/** Time to copy `sizeMiB` at `bandwidthMiBps`: 40 GiB at 200 MiB/s = 40 960 / 200 s = 204 800 ms. */
export function copyMs(sizeMiB, bandwidthMiBps) {
    return ceilMs((sizeMiB * 1000) / bandwidthMiBps);
}
/**
 * When a usage of `usedMiB` at t, growing at `rateMiBPerMs`, reaches `limitMiB` (exact, not
 * rounded); Infinity when it does not grow.
 */
export function reachesAt(t, usedMiB, limitMiB, rateMiBPerMs) {
    if (!(rateMiBPerMs > 0))
        return Infinity;
    return t + Math.max(0, limitMiB - usedMiB) / rateMiBPerMs;
}
//# sourceMappingURL=copy-time.js.map
export const MIN_FREE_BASE_MIB = 899;
const MIN_FREE_BASE_RAM_MIB = 28 * 1024;
export function minFreeMiB(hostMemoryMiB) {
    return MIN_FREE_BASE_MIB + 0.01 * Math.max(0, hostMemoryMiB - MIN_FREE_BASE_RAM_MIB);
}
/** Memory states, best first; the numeric code is what the state arrays hold. */
export const MEMORY_STATES = ['high', 'clear', 'soft', 'hard', 'low'];
export const STATE_HIGH = 0;
export const STATE_CLEAR = 1;
export const STATE_SOFT = 2;
export const STATE_HARD = 3;
export const STATE_LOW = 4;
/** Free memory, in % of minFree, at or above which a host is in each state (low: anything below hard). */
export const STATE_THRESHOLD_PCT = [400, 100, 64, 32, 16];
/**
 * Next state from the current one and free memory (% of minFree), with hysteresis: a host falls
 * to a worse state as soon as free memory drops below that state's band, but climbs back only
 * once free memory is `hysteresisPct` above the better band's threshold, so a host hovering at a
 * threshold does not flap.
 */
export function nextMemoryState(current, freePct, hysteresisPct) {
    if (current === STATE_HIGH && freePct >= 400)
        return STATE_HIGH;
    let band = STATE_LOW;
    for (let s = 0; s < 4; s++) {
        if (freePct >= STATE_THRESHOLD_PCT[s]) {
            band = s;
            break;
        }
    }
    if (band >= current)
        return band;
    // Climbing: the best state whose threshold is cleared with the margin, never worse than now.
    let climbed = current;
    for (let s = current - 1; s >= band; s--) {
        if (freePct >= STATE_THRESHOLD_PCT[s] + hysteresisPct)
            climbed = s;
        else
            break;
    }
    return climbed;
}
//# sourceMappingURL=min-free.js.map
/**
 * Tick counts whose labels differ. A fine scale under a coarse format repeats labels (an axis
 * from 0 to 0.012 at two decimals reads "0.01" three times); fewer ticks, each a different
 * label, read right.
 */
/** The largest count up to `wanted` whose ticks all format differently (at least 1). */
export function distinctTickCount(ticks, wanted, fmt) {
    for (let k = Math.max(1, Math.floor(wanted)); k > 1; k--) {
        const labels = ticks(k).map(fmt);
        if (new Set(labels).size === labels.length)
            return k;
    }
    return 1;
}
//# sourceMappingURL=ticks.js.map
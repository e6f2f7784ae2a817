export function newScaleWindow() {
    return { aboveSince: NaN, belowSince: NaN, lastActionAt: -Infinity };
}
/**
 * +1 (add a VM), −1 (remove one) or 0 at check time t, with `vms` VMs in service and the running
 * ones' mean demand `meanPct` (NaN when none runs). Below `min` VMs (deleted by hand, failed to
 * create) the group is topped up at once; otherwise a threshold must be breached at every
 * check for `for`, at least `cooldown` after the last action, within [min, max].
 */
export function decideScale(p, w, meanPct, vms, t) {
    if (vms < p.min) {
        w.lastActionAt = t;
        w.aboveSince = NaN;
        w.belowSince = NaN;
        return 1;
    }
    const cooled = t - w.lastActionAt >= p.cooldown;
    if (meanPct > p.scaleOutAbovePct) {
        w.belowSince = NaN;
        if (Number.isNaN(w.aboveSince))
            w.aboveSince = t;
        if (t - w.aboveSince >= p.for && cooled && vms < p.max) {
            w.lastActionAt = t;
            w.aboveSince = t;
            return 1;
        }
        return 0;
    }
    if (meanPct < p.scaleInBelowPct) {
        w.aboveSince = NaN;
        if (Number.isNaN(w.belowSince))
            w.belowSince = t;
        if (t - w.belowSince >= p.for && cooled && vms > p.min) {
            w.lastActionAt = t;
            w.belowSince = t;
            return -1;
        }
        return 0;
    }
    // In the band, or no VM running (NaN): no breach is building up.
    w.aboveSince = NaN;
    w.belowSince = NaN;
    return 0;
}
//# sourceMappingURL=autoscale-policy.js.map
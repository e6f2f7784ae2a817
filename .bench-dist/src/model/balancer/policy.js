/**
 * Largest tolerated host-load standard deviation by threshold level (index = level). Our mapping:
 * each level halves the tolerance of the one before, from 0.20 at level 2 to 0.025 at level 5.
 * vSphere (pre-7) derives its target from the threshold in the same spirit but does not publish
 * the numbers; level 1 tolerates any imbalance (mandatory moves only).
 */
export const TOLERANCE_BY_THRESHOLD = [Infinity, Infinity, 0.2, 0.1, 0.05, 0.025];
export function imbalanceTolerance(threshold) {
    return TOLERANCE_BY_THRESHOLD[threshold] ?? Infinity;
}
/**
 * Smallest imbalance reduction one balancing move must bring at `threshold` with `hostsOn` hosts
 * on: the tolerance shared out over the hosts. DRS drops moves whose goodness (imbalance
 * reduction) is below a minimum (Gulati et al., "VMware Distributed Resource Management: Design,
 * Implementation, and Lessons Learned", VMware Technical Journal 1(1), 2012, section on
 * cost-benefit and minimum goodness; the threshold's levels admit recommendations by how much
 * they improve the balance, vSphere Resource Management guide, "Migration Threshold"). The
 * number is our mapping: moving load δ between two hosts changes the standard deviation by about
 * 2δ / n, so a move must shift at least half the tolerance's share of one host, tolerance / n.
 * Moves smaller than that are noise a later pass would undo.
 */
export function minGoodness(threshold, hostsOn) {
    const t = imbalanceTolerance(threshold);
    return Number.isFinite(t) && hostsOn > 0 ? t / hostsOn : Infinity;
}
/**
 * Cost-benefit of one balancing move, in MHz·s:
 *   benefit = (imbalance before − after) × cluster capacity (MHz) × payback horizon (s)
 *     — the standard deviation of load, as a fraction of capacity, turned into MHz of capacity
 *       that stops being unevenly spread, enjoyed for the whole horizon;
 *   cost = (vMotion CPU on the source + on the destination) (MHz) × estimated duration (s)
 *     — twice migrationCpuMhz for hosts of equal core speed.
 * The move pays back when benefit > cost.
 */
export function paysBack(gain, capacityMhz, paybackMs, cpuMhzBoth, durationMs) {
    const benefit = gain * capacityMhz * (paybackMs / 1000);
    const cost = cpuMhzBoth * (durationMs / 1000);
    return benefit > cost;
}
//# sourceMappingURL=policy.js.map
/**
 * Capacity remaining: how many more VMs of one group (its template and workload, the "profile")
 * fit in its cluster before an objective fails, found by simulation rather than by dividing
 * averages: k more VMs are simulated for k = 1, 2, 4, … until an objective fails (or `max`), then
 * the last passing and first failing k are bisected. Every VM must also be placed (a VM that finds
 * no host does not fit). The bisection assumes that once k VMs fail, more VMs fail too; each probe
 * is a full run of the scenario, so contention, reclamation and HA reserve are in the answer.
 */
import { metricsOf } from '../sweep/metrics.js';
import { meets } from '../sweep/objectives.js';
/** The raw scenario with `added` more VMs in group `group` of cluster `cluster`. */
export function withMoreVms(raw, cluster, group, added) {
    const copy = structuredClone(raw);
    const g = copy.clusters.find((c) => c.name === cluster)?.vms?.find((v) => v.name === group);
    if (g === undefined)
        throw new Error(`no VM group ${cluster}/${group}`);
    g.count = Number(g.count) + added;
    return copy;
}
/**
 * The search; `simulate` gives the cluster's headline figures for a raw scenario (injected).
 */
export function headroom(raw, cluster, group, objectives, max, simulate) {
    const probes = [];
    const probe = (added) => {
        const h = simulate(withMoreVms(raw, cluster, group, added));
        const all = metricsOf(h);
        const failing = objectives.filter((o) => !meets(o, { mean: all[o.index] ?? NaN, ciLow: NaN, ciHigh: NaN }, 'mean')).map((o) => o.text);
        if (h.vmsUnplaceable > 0)
            failing.push(`every VM placed (${h.vmsUnplaceable} not)`);
        const p = { added, failing };
        probes.push(p);
        return p;
    };
    if (probe(0).failing.length > 0)
        return { fits: null, atMax: false, binding: probes[0]?.failing ?? [], probes };
    let pass = 0;
    let fail = null;
    for (let k = 1; fail === null; k = Math.min(max, k * 2)) {
        const p = probe(k);
        if (p.failing.length > 0)
            fail = p;
        else
            pass = k;
        if (fail === null && k === max)
            return { fits: max, atMax: true, binding: [], probes };
    }
    while (fail.added - pass > 1) {
        const mid = Math.floor((pass + fail.added) / 2);
        const p = probe(mid);
        if (p.failing.length > 0)
            fail = p;
        else
            pass = mid;
    }
    return { fits: pass, atMax: false, binding: fail.failing, probes };
}
//# sourceMappingURL=headroom.js.map
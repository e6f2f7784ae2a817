import { METRIC_NAMES } from './metrics.js';
import { showValue } from './paths.js';
const BY_FIELD = {
    maxVcpuPerCore: { achieved: 'density.vcpuPerCore', busiest: 'density.busiestVcpuPerCore', unit: 'vCPU/core', boundBy: 'density.boundBy.cpuCap' },
    maxMemoryOvercommit: { achieved: 'density.memoryOvercommit', busiest: 'density.busiestMemoryOvercommit', unit: 'memory overcommit', boundBy: 'density.boundBy.memoryCap' },
    count: { achieved: 'density.hostsInUse', busiest: null, unit: 'hosts in use', boundBy: null },
};
/**
 * What a setting can change in a placement: hosts in use, the mean over them (which moves only
 * with the host count) and the busiest host (which moves when the hosts fill differently).
 */
function placementOf(r, d) {
    return [mean(r, 'density.hostsInUse'), mean(r, d.achieved), d.busiest === null ? 0 : mean(r, d.busiest)];
}
/** The figure parameter p drives, or null when it drives none we can measure. */
export function drivenBy(p) {
    const fields = new Set(p.targets.map((t) => t[t.length - 1]));
    if (fields.size !== 1)
        return null;
    const field = [...fields][0];
    // A host count: clusters[i].hosts[j].count (a VM group's count drives demand, not hosts).
    if (field === 'count')
        return p.targets.every((t) => t[t.length - 3] === 'hosts') ? BY_FIELD.count : null;
    return typeof field === 'string' ? (BY_FIELD[field] ?? null) : null;
}
const metricIndex = (name) => METRIC_NAMES.indexOf(name);
function mean(r, name) {
    const k = metricIndex(name);
    return k < 0 ? NaN : (r.stats[k]?.mean ?? NaN);
}
/** The achieved figure at a point (mean over its replications); NaN when unknown. */
export function achievedAt(r, d) {
    return mean(r, d.achieved);
}
/** The figure on the busiest host at a point; NaN when unknown or not per host. */
export function busiestAt(r, d) {
    return d.busiest === null ? NaN : mean(r, d.busiest);
}
/** Same figure up to rounding noise (means of identical placements are identical). */
const same = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
/**
 * Per point (by index in `results`), per parameter: true when the parameter's value changed the
 * achieved figure, false when it did not, null when the parameter drives no measured figure or
 * is not numeric.
 */
export function bindingMatrix(parameters, results) {
    const out = results.map(() => parameters.map(() => null));
    const index = new Map(results.map((r, k) => [r, k]));
    parameters.forEach((param, j) => {
        const d = drivenBy(param);
        if (d === null || !param.values.every((v) => typeof v === 'number'))
            return;
        for (const group of groupsAlong(parameters, results, j)) {
            group.forEach((r, i) => {
                const k = index.get(r);
                const here = placementOf(r, d);
                if (here.some(Number.isNaN))
                    return;
                if (i === 0) {
                    const hits = d.boundBy === null ? 1 : mean(r, d.boundBy);
                    out[k][j] = hits > 0;
                    return;
                }
                const below = placementOf(group[i - 1], d);
                out[k][j] = below.some(Number.isNaN) || here.some((x, q) => !same(x, below[q]));
            });
        }
    });
    return out;
}
/** The other parameters' values as `name=value` joined by spaces. */
export function fixedLabel(parameters, values, skip) {
    return parameters
        .map((p, j) => (j === skip ? '' : `${p.name}=${showValue(values[j] ?? null)}`))
        .filter((s) => s !== '')
        .join(' ');
}
/** Points grouped by the other parameters' values, each group sorted by parameter j ascending. */
export function groupsAlong(parameters, results, j) {
    const groups = new Map();
    for (const r of results) {
        const key = fixedLabel(parameters, r.point.values, j);
        const g = groups.get(key);
        if (g)
            g.push(r);
        else
            groups.set(key, [r]);
    }
    return [...groups.values()].map((g) => [...g].sort((a, b) => a.point.values[j] - b.point.values[j]));
}
//# sourceMappingURL=binding.js.map
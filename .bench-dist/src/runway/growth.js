/**
 * Demand growth of VM groups: the factor after m months (compound × (1 + p)^m, linear × (1 + p·m))
 * and the raw scenario of month m, each growing group's workload levels multiplied by its factor
 * (capped at 1: a VM cannot ask for more than its size), by the same rescaling the right-sizing
 * what-if uses (src/rightsizing/scale-workload.ts). Groups without growth are left as they are.
 */
import { scaleWorkload } from '../rightsizing/scale-workload.js';
/** Demand multiplier after `months` at `pctPerMonth`. */
export function growthFactor(pctPerMonth, months, model) {
    const p = pctPerMonth / 100;
    return model === 'linear' ? 1 + p * months : (1 + p) ** months;
}
/** Names of groups ("cluster/group") whose workload cannot be grown (traces). */
export function ungrowable(raw) {
    const out = [];
    for (const c of (raw.clusters ?? [])) {
        for (const g of (c.vms ?? [])) {
            if (g.growth !== undefined && scaleWorkload(g.workload, 1, 1) === null)
                out.push(`${String(c.name)}/${String(g.name)}`);
        }
    }
    return out;
}
/** Whether any group of the scenario grows. */
export function hasGrowth(raw) {
    return (raw.clusters ?? []).some((c) => (c.vms ?? []).some((g) => g.growth !== undefined));
}
/** A copy of the raw scenario at month `months`: growing groups' workloads scaled, growth kept. */
export function scenarioAtMonth(raw, months) {
    const copy = structuredClone(raw);
    for (const c of (copy.clusters ?? [])) {
        for (const g of (c.vms ?? [])) {
            const growth = g.growth;
            if (growth === undefined)
                continue;
            const model = growth.model ?? 'compound';
            const cpu = growthFactor(growth.cpuPctPerMonth ?? 0, months, model);
            const mem = growthFactor(growth.memoryPctPerMonth ?? 0, months, model);
            const scaled = scaleWorkload(g.workload, cpu, mem);
            if (scaled !== null)
                g.workload = scaled;
        }
    }
    return copy;
}
/** The date `months` calendar months after an ISO start (UTC), as YYYY-MM-DD. */
export function monthDate(startIso, months) {
    const d = new Date(startIso);
    const day = d.getUTCDate();
    const out = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
    // The same day of the month, or the last day of a shorter month (31 Jan + 1 month = 28/29 Feb).
    const last = new Date(Date.UTC(out.getUTCFullYear(), out.getUTCMonth() + 1, 0)).getUTCDate();
    out.setUTCDate(Math.min(day, last));
    return out.toISOString().slice(0, 10);
}
//# sourceMappingURL=growth.js.map
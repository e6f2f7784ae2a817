/**
 * Semantic checks for disaster recovery: each replication target is a VM group of a cluster in
 * another site, with the same count, that is neither replicated itself nor provisioned or
 * autoscaled otherwise, and holds the replicas of one group only; site failures name a site.
 */
import { clusterIdOf } from './ids.js';
import { didYouMean } from './suggest.js';
export function checkDr(spec) {
    const problems = [];
    const groups = new Map();
    for (const c of spec.clusters)
        for (const g of c.vms)
            groups.set(`${clusterIdOf(c)}/${g.name}`, { site: c.site, g });
    const ids = [...groups.keys()];
    const usedBy = new Map();
    spec.clusters.forEach((c, ci) => {
        c.vms.forEach((g, gi) => {
            const r = g.replication;
            if (r === undefined)
                return;
            const path = ['clusters', ci, 'vms', gi, 'replication', 'to'];
            const self = `${clusterIdOf(c)}/${g.name}`;
            const target = groups.get(r.to);
            if (target === undefined) {
                problems.push({ path, message: `unknown VM group '${r.to}'${didYouMean(r.to, ids)}; VM group ids look like ${ids.slice(0, 3).join(', ')} ("site/cluster/group")` });
                return;
            }
            if (target.site === c.site)
                problems.push({ path, message: `replication target '${r.to}' is in site ${c.site}, like its source: replicas must be in another site` });
            if (target.g.count !== g.count)
                problems.push({ path, message: `replication target '${r.to}' has ${target.g.count} VMs, expected ${g.count} (one replica per VM of ${self})` });
            if (target.g.replication !== undefined)
                problems.push({ path, message: `replication target '${r.to}' is itself replicated: a group holding replicas cannot have replication` });
            if (target.g.provision !== undefined || target.g.autoscale !== undefined)
                problems.push({ path, message: `replication target '${r.to}' has provision or autoscale: its VMs are the replicas, created only by a failover` });
            const other = usedBy.get(r.to);
            if (other !== undefined)
                problems.push({ path, message: `replication target '${r.to}' already holds the replicas of ${other}` });
            else
                usedBy.set(r.to, self);
        });
    });
    const sites = [...new Set(spec.clusters.map((c) => c.site))];
    spec.events.forEach((e, i) => {
        if (e.type === 'site-failure' && !sites.includes(e.site))
            problems.push({ path: ['events', i, 'site'], message: `unknown site '${e.site}'${didYouMean(e.site, sites)}; sites: ${sites.join(', ')}` });
    });
    return problems;
}
//# sourceMappingURL=check-dr.js.map
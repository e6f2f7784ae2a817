/**
 * VMs of a group that exist when the run starts: none when it is provisioned later or holds
 * another group's replicas (disaster recovery creates them on a failover), its `min` when it
 * autoscales, else all of it.
 */
export function createdAtStart(g, replica = false) {
    if (replica || g.provision !== undefined)
        return 0;
    if (g.autoscale !== undefined)
        return g.autoscale.min;
    return g.count;
}
/** Ids ("site/cluster/group") of the groups that hold replicas of another group (replication.to). */
export function replicaTargets(spec) {
    const out = new Set();
    for (const c of spec.clusters)
        for (const g of c.vms)
            if (g.replication !== undefined)
                out.add(g.replication.to);
    return out;
}
/** VMs provisioned at `provision.at` (when given): provision.count, else autoscale min, else all. */
export function provisionedAt(g) {
    return g.provision?.count ?? g.autoscale?.min ?? g.count;
}
//# sourceMappingURL=group-counts.js.map
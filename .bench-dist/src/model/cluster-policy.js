/** Why `change` cannot apply to `cluster` as it is now (HA off, failover hosts), or null. */
export function clusterPolicyRefusal(cluster, change) {
    if (change.haAdmission === undefined && change.hostFailuresToTolerate === undefined)
        return null;
    if (!cluster.ha.enabled)
        return `HA is off in ${cluster.id}: there is no admission control to change`;
    if (cluster.ha.admission.policy === 'failover-hosts')
        return `${cluster.id} keeps dedicated failover hosts; that policy is set in the scenario`;
    return null;
}
/** Why `change` is not a valid setting, or null. */
export function clusterPolicyProblem(change) {
    if (change.drsThreshold !== undefined && !(Number.isInteger(change.drsThreshold) && change.drsThreshold >= 1 && change.drsThreshold <= 5))
        return `drsThreshold must be 1–5, got ${change.drsThreshold}`;
    for (const key of ['maxVcpuPerCore', 'maxMemoryOvercommit']) {
        const x = change[key];
        if (x !== undefined && x !== null && !(x > 0))
            return `${key} must be > 0 or null, got ${x}`;
    }
    const f = change.hostFailuresToTolerate;
    if (f !== undefined && !(Number.isInteger(f) && f >= 0))
        return `hostFailuresToTolerate must be a whole number ≥ 0, got ${f}`;
    return null;
}
/** Apply a (valid) change to cluster `ci`. */
export function applyClusterPolicy(world, ci, change) {
    const c = world.clusters[ci];
    const placement = { ...c.placement };
    if (change.maxVcpuPerCore !== undefined)
        placement.maxVcpuPerCore = change.maxVcpuPerCore ?? Infinity;
    if (change.maxMemoryOvercommit !== undefined)
        placement.maxMemoryOvercommit = change.maxMemoryOvercommit ?? Infinity;
    c.placement = placement;
    if (change.drsThreshold !== undefined)
        c.drs = { ...c.drs, threshold: change.drsThreshold };
    if (change.dpmTargetUtilPct !== undefined)
        c.power = { ...c.power, dpm: { ...c.power.dpm, targetPct: change.dpmTargetUtilPct } };
    if (change.haAdmission !== undefined || change.hostFailuresToTolerate !== undefined) {
        const ac = c.ha.admission;
        const policy = change.haAdmission ?? ac.policy;
        const failures = change.hostFailuresToTolerate ?? ac.hostFailuresToTolerate;
        // The percentage policy keeps the share of the cluster that `failures` hosts are, as the
        // loader derives it (vSphere 6.5+: "calculated from the host failures the cluster tolerates").
        const hosts = c.hostEnd - c.hostStart;
        const derive = policy === 'percentage' && (ac.policy !== 'percentage' || change.hostFailuresToTolerate !== undefined);
        const pct = hosts > 0 ? Math.min(100, (100 * failures) / hosts) : 0;
        c.ha = { ...c.ha, admission: { ...ac, policy, hostFailuresToTolerate: failures, ...(derive ? { cpuPct: pct, memoryPct: pct } : {}) } };
    }
}
//# sourceMappingURL=cluster-policy.js.map
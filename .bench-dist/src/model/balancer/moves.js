import { migrationReject } from '../migration/destination.js';
import { applyMove, hostUsage, imbalanceAfterMove, newUsage, usageImbalance } from './imbalance.js';
export function passView(world, ci) {
    const cluster = world.clusters[ci];
    const usage = newUsage(cluster);
    hostUsage(world, cluster, usage);
    const V = world.vms;
    for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
        const to = V.destHost[v];
        const from = V.host[v];
        if (to >= 0 && from >= 0)
            applyMove(world, cluster, usage, v, from, to);
    }
    return { ci, cluster, usage };
}
/** Whether host h can take part in one more migration (cluster.drs.maxConcurrentPerHost). */
export function hostHasSlot(world, cluster, h) {
    return world.hosts.migrationsActive[h] < cluster.drs.maxConcurrentPerHost;
}
/** The host VM v should migrate to: passes the filters, has a slot, and leaves the least imbalance. */
export function pickDestination(world, view, v, withShould) {
    const { cluster, usage } = view;
    const from = world.vms.host[v];
    let host = -1;
    let after = NaN;
    let fits = false;
    for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
        if (h === from || migrationReject(world, cluster, h, v, withShould) !== 0)
            continue;
        fits = true;
        if (!hostHasSlot(world, cluster, h))
            continue;
        const a = imbalanceAfterMove(world, cluster, usage, v, from, h);
        if (host < 0 || a < after) {
            host = h;
            after = a;
        }
    }
    return { host, after, fits };
}
/**
 * Recommend and start one move: `drs.recommendation`, then the migration; the view learns the
 * move. Returns null when started, else the migrator's refusal (nothing emitted then).
 */
export function startMove(dc, migrator, view, v, to, reason, withShould, t) {
    const { world } = dc;
    const refused = migrator.refusal(v, to, withShould);
    if (refused !== null)
        return refused;
    const from = world.vms.host[v];
    const before = usageImbalance(view.usage);
    const after = imbalanceAfterMove(world, view.cluster, view.usage, v, from, to);
    dc.emit({
        t,
        type: 'drs.recommendation',
        cluster: view.cluster.id,
        vm: world.vms.ids[v],
        from: world.hosts.ids[from],
        to: world.hosts.ids[to],
        imbalanceBefore: before,
        imbalanceAfter: after,
        reason,
    });
    const started = migrator.start(v, to, reason, t, withShould);
    if (started !== null)
        return started;
    applyMove(world, view.cluster, view.usage, v, from, to);
    return null;
}
//# sourceMappingURL=moves.js.map
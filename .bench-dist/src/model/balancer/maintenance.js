import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_MAINTENANCE_END } from '../event-kinds.js';
import { HOST_ENTERING_STANDBY, HOST_MAINTENANCE, HOST_ON, HOST_STATES, hostEvacuating, VM_RUNNING } from '../lifecycle.js';
import { rejectionSummary } from '../placement/choose.js';
import { PURPOSE_MIGRATION } from '../placement/filters.js';
import { passView, pickDestination, startMove } from './moves.js';
/** Evacuation is retried this often while a host in maintenance still has VMs. */
export const EVACUATION_RETRY_MS = 30_000;
/**
 * A power-down whose host is not empty this long after it began is given up. Our bound: an
 * evacuation at the default concurrency takes minutes (DOMAIN.md, migration times); a host that
 * cannot be emptied in half an hour is not saving energy, it is stuck.
 */
export const STANDBY_EVACUATION_LIMIT_MS = 30 * 60_000;
/** KIND_MAINTENANCE_END `a`: 0 ends host `target`'s maintenance; 1 retries evacuating cluster `target`; 2 a power-down's time limit. */
const END_MAINTENANCE = 0;
const RETRY_EVACUATION = 1;
const STANDBY_LIMIT = 2;
export class Maintenance {
    dc;
    migrator;
    /** By host, in the order hosts entered maintenance. */
    episodes = new Map();
    retryPending;
    /** Told when a host entering standby is empty (power management shuts it down then). */
    readyListeners = [];
    /** Told when a power-down's evacuation is given up (the host is on again). */
    abortListeners = [];
    constructor(dc, migrator) {
        this.dc = dc;
        this.migrator = migrator;
        this.retryPending = new Uint8Array(dc.world.clusters.length);
        dc.kernel.on(KIND_MAINTENANCE_END, (target, what) => {
            if (what === RETRY_EVACUATION)
                this.retry(target);
            else if (what === STANDBY_LIMIT)
                this.abort(target, dc.kernel.now, `not empty after ${STANDBY_EVACUATION_LIMIT_MS / 60_000} min`);
            else
                this.exit(target, dc.kernel.now);
        });
        migrator.endListeners.push((rec, t) => this.onMigrationEnded(rec, t));
    }
    /** Whether host h is in a maintenance episode started here. */
    has(h) {
        return this.episodes.has(h);
    }
    /** Host h enters maintenance at t (for `durationMs`, or until exit); null, or why not. */
    enter(h, t, durationMs) {
        const { dc } = this;
        const H = dc.world.hosts;
        const state = H.state[h];
        if (state !== HOST_ON)
            return `host ${H.ids[h]} is ${HOST_STATES[state] ?? state}, not on`;
        dc.setHostState(h, HOST_MAINTENANCE, t);
        dc.settle(t);
        const ci = H.cluster[h];
        const end = durationMs === undefined ? null : dc.kernel.schedule(t + durationMs, KIND_MAINTENANCE_END, h, END_MAINTENANCE, 0, PRIORITY_MODEL);
        this.episodes.set(h, { host: h, ci, since: t, purpose: 'maintenance', end, ready: false, blocked: new Set() });
        dc.emit({ t, type: 'host.maintenance-entered', host: H.ids[h], durationMs: durationMs ?? null });
        this.evacuate(ci, t);
        return null;
    }
    /** Host h starts entering standby at t for `purpose` (`why`: the decision in words); null, or why not. */
    enterStandby(h, t, purpose, why) {
        const { dc } = this;
        const H = dc.world.hosts;
        const state = H.state[h];
        if (state !== HOST_ON)
            return `host ${H.ids[h]} is ${HOST_STATES[state] ?? state}, not on`;
        dc.setHostState(h, HOST_ENTERING_STANDBY, t);
        dc.settle(t);
        const ci = H.cluster[h];
        const end = dc.kernel.schedule(t + STANDBY_EVACUATION_LIMIT_MS, KIND_MAINTENANCE_END, h, STANDBY_LIMIT, 0, PRIORITY_MODEL);
        this.episodes.set(h, { host: h, ci, since: t, purpose, end, ready: false, blocked: new Set() });
        dc.emit({ t, type: 'host.standby-entering', host: H.ids[h], reason: purpose, why, vms: H.vmCount[h] });
        this.evacuate(ci, t);
        return null;
    }
    /** The power-down of host h goes ahead (it is empty): the episode closes, the state is the caller's. */
    finishStandby(h, t) {
        const ep = this.episodes.get(h);
        if (ep === undefined)
            return;
        if (ep.end !== null)
            this.dc.kernel.cancel(ep.end);
        this.episodes.delete(h);
        this.dc.emit({ t, type: 'host.standby-evacuated', host: this.dc.world.hosts.ids[h], reason: ep.purpose, evacuatedIn: t - ep.since });
    }
    /** Give up host h's power-down at t: it serves again; `why` goes into `host.standby-aborted`. */
    abort(h, t, why) {
        const { dc } = this;
        const H = dc.world.hosts;
        const ep = this.episodes.get(h);
        if (ep === undefined || ep.purpose === 'maintenance')
            return;
        if (ep.end !== null)
            dc.kernel.cancel(ep.end);
        this.episodes.delete(h);
        // A host that failed meanwhile is HA's now: the power-down is dropped without an event.
        if (H.state[h] === HOST_ENTERING_STANDBY) {
            dc.setHostState(h, HOST_ON, t);
            dc.settle(t);
            dc.emit({ t, type: 'host.standby-aborted', host: H.ids[h], reason: ep.purpose, why, vmsLeft: H.vmCount[h], after: t - ep.since });
        }
        for (const l of this.abortListeners)
            l(h, t, why);
    }
    /** Host h leaves maintenance (or a power-down is withdrawn) at t and takes VMs again; null, or why not. */
    exit(h, t) {
        const { dc } = this;
        const H = dc.world.hosts;
        const ep = this.episodes.get(h);
        if (ep !== undefined && ep.purpose !== 'maintenance') {
            this.abort(h, t, 'withdrawn');
            return null;
        }
        if (ep !== undefined) {
            if (ep.end !== null)
                dc.kernel.cancel(ep.end);
            this.episodes.delete(h);
        }
        if (H.state[h] !== HOST_MAINTENANCE)
            return `host ${H.ids[h]} is not in maintenance`;
        dc.setHostState(h, HOST_ON, t);
        dc.settle(t);
        dc.emit({ t, type: 'host.maintenance-exited', host: H.ids[h], inMaintenanceMs: ep === undefined ? null : t - ep.since });
        return null;
    }
    /** The purpose of host h's evacuation, or null when it is not being evacuated. */
    purposeOf(h) {
        return this.episodes.get(h)?.purpose ?? null;
    }
    /** Evacuate every host of cluster ci in maintenance as far as limits allow; then readiness and retries. */
    evacuate(ci, t, view = passView(this.dc.world, ci)) {
        this.evacuateHosts(view, t);
        this.checkReady(ci, t);
        this.ensureRetry(ci, t);
    }
    /** An evacuation-only pass, every EVACUATION_RETRY_MS while a host in maintenance has VMs. */
    retry(ci) {
        this.retryPending[ci] = 0;
        this.evacuate(ci, this.dc.kernel.now);
    }
    evacuateHosts(view, t) {
        const { dc, migrator } = this;
        const { world } = dc;
        const H = world.hosts;
        const V = world.vms;
        const cluster = view.cluster;
        for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
            if (!hostEvacuating(H.state[h]))
                continue;
            const purpose = this.episodes.get(h)?.purpose ?? 'maintenance';
            const vms = [];
            for (let v = H.firstVm[h]; v >= 0; v = V.next[v])
                vms.push(v);
            for (const v of vms) {
                if (V.state[v] !== VM_RUNNING)
                    continue;
                if (migrator.activeIn(view.ci) >= cluster.drs.maxConcurrentPerCluster)
                    return;
                if (H.migrationsActive[h] >= cluster.drs.maxConcurrentPerHost)
                    break;
                let withShould = true;
                let d = pickDestination(world, view, v, true);
                if (d.host < 0 && !d.fits) {
                    withShould = false;
                    d = pickDestination(world, view, v, false);
                }
                if (d.host >= 0)
                    startMove(dc, migrator, view, v, d.host, purpose, withShould, t);
                else if (!d.fits) {
                    const why = rejectionSummary(world, cluster, v, PURPOSE_MIGRATION, h);
                    if (purpose === 'maintenance')
                        this.blocked(h, v, t, why);
                    else {
                        this.abort(h, t, `${world.vms.ids[v]} fits on no other host: ${why}`);
                        break;
                    }
                }
            }
        }
    }
    blocked(h, v, t, why) {
        const ep = this.episodes.get(h);
        if (ep === undefined || ep.blocked.has(v))
            return;
        ep.blocked.add(v);
        const { world } = this.dc;
        this.dc.emit({ t, type: 'host.evacuation-blocked', host: world.hosts.ids[h], vm: world.vms.ids[v], why });
    }
    /** A host is ready when no VM runs on it and no migration into or out of it is in flight. */
    checkReady(ci, t) {
        const H = this.dc.world.hosts;
        for (const ep of [...this.episodes.values()]) {
            if (ep.ci !== ci || ep.ready || !hostEvacuating(H.state[ep.host]))
                continue;
            if (H.vmCount[ep.host] !== 0 || H.migrationsActive[ep.host] !== 0)
                continue;
            ep.ready = true;
            if (ep.purpose === 'maintenance')
                this.dc.emit({ t, type: 'host.maintenance-ready', host: H.ids[ep.host], evacuatedIn: t - ep.since });
            else
                for (const l of this.readyListeners)
                    l(ep.host, t);
        }
    }
    ensureRetry(ci, t) {
        if (this.retryPending[ci] === 1)
            return;
        const H = this.dc.world.hosts;
        for (const ep of this.episodes.values()) {
            if (ep.ci === ci && !ep.ready && hostEvacuating(H.state[ep.host])) {
                this.retryPending[ci] = 1;
                this.dc.kernel.schedule(t + EVACUATION_RETRY_MS, KIND_MAINTENANCE_END, ci, RETRY_EVACUATION, 0, PRIORITY_MODEL);
                return;
            }
        }
    }
    /** A slot freed up: carry on evacuating the cluster at once. */
    onMigrationEnded(rec, t) {
        const ci = this.dc.world.hosts.cluster[rec.from];
        for (const ep of this.episodes.values()) {
            if (ep.ci === ci && !ep.ready) {
                this.evacuate(ci, t);
                return;
            }
        }
    }
}
//# sourceMappingURL=maintenance.js.map
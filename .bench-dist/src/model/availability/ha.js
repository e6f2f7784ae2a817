import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_HA_DETECTED, KIND_HA_RETRY, KIND_HOST_REPAIR, KIND_ISOLATION_END, KIND_VM_BOOTED } from '../event-kinds.js';
import { DOWN_HOST_FAILURE, DOWN_ISOLATION, DOWN_REASONS, DOWN_NOT_PROTECTED, DOWN_RESTARTING, DOWN_SITE_FAILURE, DOWN_WAITING_CAPACITY, HOST_FAILED, HOST_ISOLATED, HOST_ON, HOST_SHUTTING_DOWN, HOST_STANDBY, PRIORITY_DISABLED, RESTART_PRIORITIES, VM_BOOTING, VM_DOWN, VM_MIGRATING, VM_RUNNING, } from '../lifecycle.js';
import { chooseHost, rejectionSummary } from '../placement/choose.js';
import { capacityFilter, askOf, PURPOSE_HA_RESTART } from '../placement/filters.js';
import { AdmissionControl } from './admission-control.js';
export class HaController {
    dc;
    admission;
    incidents = [];
    /** Incident each VM's current outage belongs to (-1 for none). */
    vmIncident;
    /** Failed host each down VM came from (it is powered on there again when unprotected). */
    vmHome;
    attempts;
    restartCount;
    bootHandle;
    retryPending;
    /** VMs waiting for a restart, per cluster, in no particular order (sorted when tried). */
    waiting;
    hostIncident;
    repairHandle;
    hostFailures = 0;
    /** Failures and time failed per host (observed MTBF / MTTR). */
    hostFailCount;
    failedMs;
    failedSince;
    restarts = 0;
    failedAttempts = 0;
    hostDownListeners = [];
    /** Stops a VM's live migration before the VM is powered off (isolation response). */
    cancelMigration = () => { };
    /** Told when VMs of a cluster wait for capacity (power management wakes hosts for them). */
    capacityNeededListeners = [];
    constructor(dc) {
        this.dc = dc;
        const world = dc.world;
        this.admission = new AdmissionControl(world);
        const nv = world.vms.n;
        const nh = world.hosts.n;
        this.vmIncident = new Int32Array(nv).fill(-1);
        this.vmHome = new Int32Array(nv).fill(-1);
        this.attempts = new Int32Array(nv);
        this.restartCount = new Int32Array(nv);
        this.bootHandle = new Float64Array(nv);
        this.retryPending = new Uint8Array(world.clusters.length);
        this.waiting = world.clusters.map(() => new Set());
        this.hostIncident = new Int32Array(nh).fill(-1);
        this.repairHandle = new Float64Array(nh);
        this.hostFailCount = new Int32Array(nh);
        this.failedMs = new Float64Array(nh);
        this.failedSince = new Float64Array(nh).fill(NaN);
        const k = dc.kernel;
        k.on(KIND_HA_DETECTED, (h, incident, isolation) => {
            if (isolation === 1)
                this.applyIsolation(h, k.now);
            this.onDetected(h, incident);
        });
        k.on(KIND_HA_RETRY, (c) => {
            this.retryPending[c] = 0;
            this.tryRestarts(c, k.now);
        });
        k.on(KIND_VM_BOOTED, (v) => this.onBooted(v));
        k.on(KIND_HOST_REPAIR, (h) => this.repair(h, k.now));
        k.on(KIND_ISOLATION_END, (h) => this.endIsolation(h, k.now));
        // Admission control counts what powers on and off, whoever does it.
        dc.outages.listeners.push({
            vmState: (_t, v, from, to) => {
                if (from === VM_DOWN && to !== VM_DOWN)
                    this.admission.up(v);
                else if (from !== VM_DOWN && to === VM_DOWN)
                    this.admission.down(v);
            },
        });
        dc.admit = (v) => (world.clusters[world.vms.cluster[v]].ha.enabled ? this.admission.allowPowerOn(v) : null);
    }
    get world() {
        return this.dc.world;
    }
    ids(hosts) {
        return hosts.map((h) => this.world.hosts.ids[h]);
    }
    /** Open an incident for hosts failing together. */
    openIncident(t, cause, hosts) {
        const id = this.incidents.length;
        this.incidents.push({ id, t, cause, hosts: this.ids(hosts), vmsAffected: 0, vmsRecovered: 0, recoveredAt: null });
        return id;
    }
    /**
     * Host h fails at t (crash, power loss, PSU). Its VMs go down; repaired after `repairMs`
     * (null: not within the run). `incident` groups hosts that fail together. `reason` is the VMs'
     * down reason; DOWN_SITE_FAILURE (a whole site) also means no HA detection and no restarts.
     */
    failHost(h, t, repairMs, cause, incident = this.openIncident(t, cause, [h]), reason = DOWN_HOST_FAILURE) {
        const { world, dc } = this;
        const H = world.hosts;
        const V = world.vms;
        // A failed host cannot fail again; one in standby or shutting down has nothing to lose.
        const state = H.state[h];
        if (state === HOST_FAILED || state === HOST_STANDBY || state === HOST_SHUTTING_DOWN)
            return;
        this.hostFailures++;
        this.hostFailCount[h] = this.hostFailCount[h] + 1;
        this.failedSince[h] = t;
        for (const l of this.hostDownListeners)
            l.onHostDown(h, t);
        const lost = [];
        for (let v = H.firstVm[h]; v >= 0; v = V.next[v])
            lost.push(v);
        for (const v of lost)
            this.loseVm(v, h, t, reason, incident);
        dc.setHostState(h, HOST_FAILED, t);
        dc.settle(t);
        this.hostIncident[h] = incident;
        const hosts = this.incidents[incident].hosts;
        if (!hosts.includes(H.ids[h]))
            hosts.push(H.ids[h]);
        dc.emit({ t, type: 'host.failed', host: H.ids[h], cause, vms: lost.length, incident });
        if (repairMs !== null)
            this.repairHandle[h] = dc.kernel.schedule(t + repairMs, KIND_HOST_REPAIR, h, 0, 0, PRIORITY_MODEL);
        const cluster = world.clusters[H.cluster[h]];
        // A site failure takes the whole cluster, HA master included: nothing detects or restarts (dr.ts).
        if (cluster.ha.enabled && lost.length > 0 && reason !== DOWN_SITE_FAILURE)
            dc.kernel.schedule(t + cluster.ha.detectionMs, KIND_HA_DETECTED, h, incident, 0, PRIORITY_MODEL);
    }
    /** VM v stops on host h at t for `reason`, as part of `incident`. */
    loseVm(v, h, t, reason, incident) {
        const { dc } = this;
        if (this.world.vms.state[v] === VM_BOOTING)
            dc.kernel.cancel(this.bootHandle[v]);
        dc.outages.set(v, VM_DOWN, reason, t);
        dc.powerOff(v, t);
        this.vmHome[v] = h;
        this.vmIncident[v] = incident;
        this.attempts[v] = 0;
        const inc = this.incidents[incident];
        inc.vmsAffected++;
        inc.recoveredAt = null;
        dc.emit({ t, type: 'vm.down', vm: this.world.vms.ids[v], host: this.world.hosts.ids[h], reason: reasonName(reason) });
    }
    /** Heartbeats missed for detectionMs: the master declares the host dead and restarts its VMs. */
    onDetected(h, incident) {
        const { world, dc } = this;
        const t = dc.kernel.now;
        const c = world.hosts.cluster[h];
        dc.emit({ t, type: 'ha.failure-detected', host: world.hosts.ids[h], incident });
        const cl = world.clusters[c];
        const V = world.vms;
        for (let v = cl.vmStart; v < cl.vmEnd; v++) {
            if (this.vmHome[v] !== h || V.state[v] !== VM_DOWN || this.vmIncident[v] !== incident)
                continue;
            if (V.haPriority[v] === PRIORITY_DISABLED) {
                dc.outages.set(v, VM_DOWN, DOWN_NOT_PROTECTED, t);
                continue;
            }
            this.waiting[c].add(v);
        }
        this.tryRestarts(c, t);
    }
    /**
     * Try to restart the waiting VMs of cluster c, highest priority first (then VM order). One
     * pass tries them all: a retry that capacity makes possible is never held back by a back-off.
     */
    tryRestarts(c, t) {
        const { world, dc } = this;
        const V = world.vms;
        const set = this.waiting[c];
        if (set.size === 0)
            return;
        const order = [...set].sort((a, b) => V.haPriority[b] - V.haPriority[a] || a - b);
        const cl = world.clusters[c];
        let nextRetry = Infinity;
        for (const v of order) {
            const choice = chooseHost(world, v, PURPOSE_HA_RESTART);
            if (choice.host >= 0) {
                set.delete(v);
                dc.powerOn(v, choice.host, t);
                dc.outages.set(v, VM_BOOTING, DOWN_RESTARTING, t);
                this.restarts++;
                this.restartCount[v] = this.restartCount[v] + 1;
                this.bootHandle[v] = dc.kernel.schedule(t + V.bootMs[v], KIND_VM_BOOTED, v, 0, 0, PRIORITY_MODEL);
                dc.emit({
                    t,
                    type: 'vm.restarting',
                    vm: V.ids[v],
                    host: world.hosts.ids[choice.host],
                    priority: RESTART_PRIORITIES[V.haPriority[v]],
                    attempt: this.attempts[v] + 1,
                    shouldRuleViolated: choice.shouldViolated,
                });
                continue;
            }
            const attempt = this.attempts[v] + 1;
            this.attempts[v] = attempt;
            this.failedAttempts++;
            if (V.downReason[v] !== DOWN_WAITING_CAPACITY)
                dc.outages.set(v, VM_DOWN, DOWN_WAITING_CAPACITY, t);
            if (attempt <= cl.ha.maxRestartAttempts) {
                dc.emit({ t, type: 'ha.restart-failed', vm: V.ids[v], attempt, why: rejectionSummary(world, cl, v, PURPOSE_HA_RESTART) });
                if (attempt < cl.ha.maxRestartAttempts)
                    nextRetry = Math.min(nextRetry, t + cl.ha.retryDelayMs * 2 ** (attempt - 1));
            }
        }
        dc.settle(t);
        if (set.size > 0)
            for (const l of this.capacityNeededListeners)
                l(c, t);
        if (Number.isFinite(nextRetry) && this.retryPending[c] === 0) {
            this.retryPending[c] = 1;
            dc.kernel.schedule(nextRetry, KIND_HA_RETRY, c, 0, 0, PRIORITY_MODEL);
        }
    }
    /**
     * VM v is deleted at t: HA stops waiting to restart it and will not power it on when its
     * host returns; for its incident it counts as recovered (nothing is left to restart).
     */
    forget(v, t) {
        const c = this.world.vms.cluster[v];
        this.waiting[c].delete(v);
        this.dc.kernel.cancel(this.bootHandle[v]);
        this.recovered(v, t);
    }
    /** Capacity freed in cluster c (a host back, a VM gone): waiting VMs try again. */
    capacityFreed(c, t) {
        if (this.waiting[c].size > 0)
            this.tryRestarts(c, t);
    }
    onBooted(v) {
        const { world, dc } = this;
        const t = dc.kernel.now;
        const V = world.vms;
        // Only an HA boot: the VM may have been deleted and provisioned again meanwhile.
        if (V.state[v] !== VM_BOOTING || V.downReason[v] !== DOWN_RESTARTING)
            return;
        const since = dc.outages.downSince[v];
        dc.outages.set(v, VM_RUNNING, 0, t);
        dc.emit({ t, type: 'vm.restarted', vm: V.ids[v], host: world.hosts.ids[V.host[v]], downMs: t - since });
        this.recovered(v, t);
    }
    recovered(v, t) {
        const id = this.vmIncident[v];
        this.vmIncident[v] = -1;
        this.vmHome[v] = -1;
        if (id < 0)
            return;
        const inc = this.incidents[id];
        inc.vmsRecovered++;
        if (inc.vmsRecovered === inc.vmsAffected) {
            inc.recoveredAt = t;
            this.dc.emit({ t, type: 'ha.incident-recovered', incident: id, vms: inc.vmsAffected, recoveryMs: t - inc.t });
        }
    }
    /** Host h is repaired: it rejoins the cluster; its unprotected VMs power on there again. */
    repair(h, t) {
        const { world, dc } = this;
        const H = world.hosts;
        const V = world.vms;
        if (H.state[h] !== HOST_FAILED)
            return;
        // Repaired early (an action): its scheduled repair must not end a later failure.
        dc.kernel.cancel(this.repairHandle[h]);
        this.repairHandle[h] = 0;
        this.failedMs[h] = this.failedMs[h] + t - this.failedSince[h];
        this.failedSince[h] = NaN;
        dc.setHostState(h, HOST_ON, t);
        dc.settle(t);
        dc.emit({ t, type: 'host.repaired', host: H.ids[h], incident: this.hostIncident[h] });
        this.hostIncident[h] = -1;
        const c = H.cluster[h];
        const cl = world.clusters[c];
        for (let v = cl.vmStart; v < cl.vmEnd; v++) {
            if (this.vmHome[v] !== h || V.state[v] !== VM_DOWN || this.waiting[c].has(v))
                continue;
            if (capacityFilter(world, cl, h, askOf(world, v)) !== 0)
                continue;
            dc.powerOn(v, h, t);
            dc.outages.set(v, VM_BOOTING, DOWN_RESTARTING, t);
            this.bootHandle[v] = dc.kernel.schedule(t + V.bootMs[v], KIND_VM_BOOTED, v, 0, 0, PRIORITY_MODEL);
            dc.emit({ t, type: 'vm.restarting', vm: V.ids[v], host: H.ids[h], priority: RESTART_PRIORITIES[V.haPriority[v]], attempt: 1, shouldRuleViolated: false });
        }
        dc.settle(t);
        this.capacityFreed(c, t);
    }
    /**
     * Host h loses its management network for durationMs. It keeps running its VMs unless the
     * isolation response is power-off: then, once isolation is declared (the detection time),
     * its VMs are powered off and restarted elsewhere like a failed host's.
     */
    isolate(h, t, durationMs) {
        const { world, dc } = this;
        const H = world.hosts;
        if (H.state[h] !== HOST_ON)
            return;
        dc.setHostState(h, HOST_ISOLATED, t);
        dc.settle(t);
        const cl = world.clusters[H.cluster[h]];
        const powerOff = cl.ha.enabled && cl.ha.isolationPowerOff;
        dc.emit({ t, type: 'host.isolated', host: H.ids[h], response: powerOff ? 'power-off' : 'leave-powered-on' });
        dc.kernel.schedule(t + durationMs, KIND_ISOLATION_END, h, 0, 0, PRIORITY_MODEL);
        if (!powerOff)
            return;
        const incident = this.openIncident(t, 'isolation', [h]);
        const at = t + Math.min(cl.ha.detectionMs, durationMs);
        // The host powers its VMs off when it declares itself isolated; the master then restarts them.
        this.isolationAt(h, at, incident);
    }
    isolationAt(h, at, incident) {
        // Detection powers off the VMs that were on the host when it was isolated, then restarts them.
        this.dc.kernel.schedule(at, KIND_HA_DETECTED, h, incident, 1, PRIORITY_MODEL);
        const H = this.world.hosts;
        const V = this.world.vms;
        const lost = [];
        for (let v = H.firstVm[h]; v >= 0; v = V.next[v])
            lost.push(v);
        this.pendingIsolation.set(h, { at, incident, vms: lost });
    }
    pendingIsolation = new Map();
    /** Isolation declared: the host powers its VMs off, so the master can restart them. */
    applyIsolation(h, t) {
        const p = this.pendingIsolation.get(h);
        if (!p)
            return;
        this.pendingIsolation.delete(h);
        const V = this.world.vms;
        for (const v of p.vms) {
            if (V.host[v] !== h)
                continue;
            if (V.state[v] === VM_MIGRATING)
                this.cancelMigration(v, 'source isolated', t);
            this.loseVm(v, h, t, DOWN_ISOLATION, p.incident);
        }
        this.dc.settle(t);
    }
    endIsolation(h, t) {
        const { world, dc } = this;
        if (world.hosts.state[h] !== HOST_ISOLATED)
            return;
        this.pendingIsolation.delete(h);
        dc.setHostState(h, HOST_ON, t);
        dc.settle(t);
        dc.emit({ t, type: 'host.isolation-ended', host: world.hosts.ids[h] });
        this.capacityFreed(world.hosts.cluster[h], t);
    }
    /** HA restarts of VM v so far. */
    restartsOf(v) {
        return this.restartCount[v];
    }
    /** Time host h has been failed up to t. */
    failedMsAt(h, t) {
        const since = this.failedSince[h];
        return this.failedMs[h] + (Number.isNaN(since) ? 0 : t - since);
    }
    /** VMs waiting for a restart in cluster c. */
    waitingCount(c) {
        return this.waiting[c].size;
    }
}
function reasonName(reason) {
    return DOWN_REASONS[reason] ?? 'unknown';
}
//# sourceMappingURL=ha.js.map
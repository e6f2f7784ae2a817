import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DR } from '../event-kinds.js';
import { DOWN_DELETED, DOWN_FAILED_OVER, DOWN_NOT_CREATED, DOWN_PROVISIONING, DOWN_RESTARTING, DOWN_SITE_FAILURE, HOST_FAILED, VM_BOOTING, VM_DOWN, VM_RUNNING, } from '../lifecycle.js';
import { chooseHost, rejectionSummary } from '../placement/choose.js';
import { askOf, capacityFilter, PURPOSE_POWER_ON } from '../placement/filters.js';
/** The scenario's replicated groups (those whose target is unknown are left out: the loader reports them). */
export function drPairs(spec, world) {
    const index = new Map(world.groups.map((g, i) => [g.id, i]));
    const pairs = [];
    for (const c of spec.clusters)
        for (const g of c.vms) {
            const r = g.replication;
            if (r === undefined)
                continue;
            const source = index.get(`${c.site}/${c.name}/${g.name}`);
            const target = index.get(r.to);
            if (source !== undefined && target !== undefined)
                pairs.push({ source, target, rpoMs: r.rpo, rtoMs: r.rto });
        }
    return pairs;
}
const A_FAILOVER = 0;
const A_BOOTED = 1;
const A_SITE_REPAIR = 2;
const A_RUNNING = 3;
// Phase of a source VM.
const NORMAL = 0;
const SITE_DOWN = 1; // its site failed, failover not started
const REPLICA_BOOTING = 2;
const FAILED_OVER = 3;
const FAILING_BACK = 4;
/** Data lost by a failure at t with replication every rpoMs from the run start. */
export function dataLossAt(t, rpoMs) {
    return t - Math.floor(t / rpoMs) * rpoMs;
}
export class DrController {
    dc;
    ha;
    deleter;
    pairs;
    /** Data lost at each VM's last failover, ms (NaN: never failed over); indexed by source VM. */
    dataLossMs;
    /** Site failure to replica running at each VM's last failover, ms (NaN: never). */
    timeToFailoverMs;
    siteFailures = 0;
    failovers = 0;
    failbacks = 0;
    losses = [];
    times = [];
    replicaOf;
    sourceOf;
    pairOf;
    phase;
    home;
    failedAt;
    token;
    sites;
    siteOfCluster;
    siteDown;
    constructor(dc, ha, deleter, pairs, clusterSites) {
        this.dc = dc;
        this.ha = ha;
        this.deleter = deleter;
        this.pairs = pairs;
        const n = dc.world.vms.n;
        this.dataLossMs = new Float64Array(n).fill(NaN);
        this.timeToFailoverMs = new Float64Array(n).fill(NaN);
        this.replicaOf = new Int32Array(n).fill(-1);
        this.sourceOf = new Int32Array(n).fill(-1);
        this.pairOf = new Int32Array(n).fill(-1);
        this.phase = new Uint8Array(n);
        this.home = new Int32Array(n).fill(-1);
        this.failedAt = new Float64Array(n).fill(NaN);
        this.token = new Int32Array(n);
        this.sites = [...new Set(clusterSites)];
        this.siteOfCluster = Int32Array.from(clusterSites, (s) => this.sites.indexOf(s));
        this.siteDown = new Uint8Array(this.sites.length);
        const groups = dc.world.groups;
        pairs.forEach((p, k) => {
            const src = groups[p.source];
            const dst = groups[p.target];
            const count = Math.min(src.vmEnd - src.vmStart, dst.vmEnd - dst.vmStart);
            for (let i = 0; i < count; i++) {
                this.replicaOf[src.vmStart + i] = dst.vmStart + i;
                this.sourceOf[dst.vmStart + i] = src.vmStart + i;
                this.pairOf[src.vmStart + i] = k;
            }
        });
        dc.kernel.on(KIND_DR, (target, a, b) => {
            const t = dc.kernel.now;
            if (a === A_FAILOVER)
                this.failover(target, b, t);
            else if (a === A_BOOTED)
                this.booted(target, b, t);
            else if (a === A_SITE_REPAIR)
                this.repairSite(target, t);
            else if (a === A_RUNNING)
                this.running(target, t);
        });
        // A replica or a failing-back source runs (whoever booted it): handled as its own event, at once.
        dc.outages.listeners.push({
            vmState: (t, v, _from, to) => {
                if (to !== VM_RUNNING)
                    return;
                const s = this.sourceOf[v];
                if ((s >= 0 && this.phase[s] === REPLICA_BOOTING) || this.phase[v] === FAILING_BACK)
                    dc.kernel.schedule(t, KIND_DR, v, A_RUNNING, 0, PRIORITY_MODEL);
            },
        });
    }
    /** Index of a site by name (-1 when no cluster is in it). */
    siteIndex(site) {
        return this.sites.indexOf(site);
    }
    /** Every host of `site` fails at t; repaired after repairMs (null: not within the run). */
    failSite(site, t, repairMs) {
        const { dc, ha } = this;
        const { world } = dc;
        const s = this.siteIndex(site);
        if (s < 0 || this.siteDown[s] === 1)
            return;
        this.siteDown[s] = 1;
        this.siteFailures++;
        const H = world.hosts;
        const V = world.vms;
        const hosts = [];
        for (let h = 0; h < H.n; h++)
            if (this.siteOfCluster[H.cluster[h]] === s)
                hosts.push(h);
        // Home hosts of the replicated VMs, for failback.
        for (let v = 0; v < V.n; v++)
            if (this.replicaOf[v] >= 0 && this.siteOfCluster[V.cluster[v]] === s)
                this.home[v] = V.host[v];
        const incident = ha.openIncident(t, 'site', hosts);
        dc.emit({ t, type: 'site.failed', site, hosts: hosts.length, incident });
        for (const h of hosts)
            ha.failHost(h, t, null, 'site', incident, DOWN_SITE_FAILURE);
        this.pairs.forEach((p, k) => {
            const src = world.groups[p.source];
            if (this.siteOfCluster[src.cluster] !== s)
                return;
            let vms = 0;
            for (let v = src.vmStart; v < src.vmEnd; v++)
                if (this.replicaOf[v] >= 0 && V.state[v] === VM_DOWN && V.downReason[v] === DOWN_SITE_FAILURE) {
                    this.phase[v] = SITE_DOWN;
                    this.failedAt[v] = t;
                    vms++;
                }
            if (vms > 0)
                dc.kernel.schedule(t + p.rtoMs, KIND_DR, k, A_FAILOVER, t, PRIORITY_MODEL);
        });
        if (repairMs !== null)
            dc.kernel.schedule(t + repairMs, KIND_DR, s, A_SITE_REPAIR, 0, PRIORITY_MODEL);
    }
    /** The RTO after the failure at `failedAt`: power on the replicas of pair k's VMs still down. */
    failover(k, failedAt, t) {
        const { dc } = this;
        const { world } = dc;
        const V = world.vms;
        const p = this.pairs[k];
        const src = world.groups[p.source];
        const vms = [];
        for (let v = src.vmStart; v < src.vmEnd; v++)
            if (this.phase[v] === SITE_DOWN && this.failedAt[v] === failedAt)
                vms.push(v);
        if (vms.length === 0)
            return;
        dc.emit({ t, type: 'dr.failover-started', group: src.id, to: world.groups[p.target].id, vms: vms.length, sinceFailureMs: t - failedAt });
        for (const v of vms) {
            const r = this.replicaOf[v];
            const reason = V.downReason[r];
            if (V.state[r] !== VM_DOWN || (reason !== DOWN_NOT_CREATED && reason !== DOWN_DELETED))
                continue;
            const refused = dc.admit(r);
            const choice = refused === null ? chooseHost(world, r, PURPOSE_POWER_ON) : null;
            if (choice === null || choice.host < 0) {
                const why = refused ?? rejectionSummary(world, world.clusters[V.cluster[r]], r, PURPOSE_POWER_ON);
                dc.emit({ t, type: 'vm.create-failed', vm: V.ids[r], via: 'dr', why });
                continue;
            }
            this.phase[v] = REPLICA_BOOTING;
            dc.powerOn(r, choice.host, t);
            this.boot(r, DOWN_PROVISIONING, t);
        }
        dc.settle(t);
    }
    boot(v, reason, t) {
        const token = (this.token[v] + 1) | 0;
        this.token[v] = token;
        this.dc.outages.set(v, VM_BOOTING, reason, t);
        this.dc.kernel.schedule(t + this.dc.world.vms.bootMs[v], KIND_DR, v, A_BOOTED, token, PRIORITY_MODEL);
    }
    booted(v, token, t) {
        const V = this.dc.world.vms;
        if (token !== this.token[v] || V.state[v] !== VM_BOOTING)
            return;
        const r = V.downReason[v];
        if (r !== DOWN_PROVISIONING && r !== DOWN_RESTARTING)
            return;
        this.dc.outages.set(v, VM_RUNNING, 0, t);
    }
    /** VM v runs: a replica (its source is failed over) or a failed-back source (its replica goes). */
    running(v, t) {
        const { dc } = this;
        const { world } = dc;
        const V = world.vms;
        if (V.state[v] !== VM_RUNNING)
            return;
        const s = this.sourceOf[v];
        if (s >= 0 && this.phase[s] === REPLICA_BOOTING) {
            const p = this.pairs[this.pairOf[s]];
            const failedAt = this.failedAt[s];
            const loss = dataLossAt(failedAt, p.rpoMs);
            this.phase[s] = FAILED_OVER;
            this.dataLossMs[s] = loss;
            this.timeToFailoverMs[s] = t - failedAt;
            this.losses.push(loss);
            this.times.push(t - failedAt);
            this.failovers++;
            // The service is back (on the replica): the source's outage ends, HA counts it recovered.
            this.ha.forget(s, t);
            if (V.state[s] === VM_DOWN)
                dc.outages.set(s, VM_DOWN, DOWN_FAILED_OVER, t);
            dc.emit({ t, type: 'dr.replica-running', vm: V.ids[s], replica: V.ids[v], host: world.hosts.ids[V.host[v]], dataLossMs: loss, sinceFailureMs: t - failedAt });
            // The site came back while the replica booted: fail back at once.
            if (this.siteDown[this.siteOfCluster[V.cluster[s]]] === 0)
                this.failBack(s, t);
            return;
        }
        if (this.phase[v] === FAILING_BACK) {
            this.phase[v] = NORMAL;
            const r = this.replicaOf[v];
            const failedOverMs = t - this.failedAt[v];
            if (V.downReason[r] !== DOWN_DELETED && V.downReason[r] !== DOWN_NOT_CREATED)
                this.deleter.deleteVm(r, t, 'scripted');
            this.failbacks++;
            dc.emit({ t, type: 'dr.failback-completed', vm: V.ids[v], replica: V.ids[r], host: world.hosts.ids[V.host[v]], sinceFailureMs: failedOverMs });
        }
    }
    /** Site s is repaired: its hosts rejoin (HA powers their VMs on at home); failed-over VMs fail back. */
    repairSite(s, t) {
        const { dc, ha } = this;
        const { world } = dc;
        const H = world.hosts;
        const V = world.vms;
        this.siteDown[s] = 0;
        const hosts = [];
        for (let h = 0; h < H.n; h++)
            if (this.siteOfCluster[H.cluster[h]] === s)
                hosts.push(h);
        dc.emit({ t, type: 'site.repaired', site: this.sites[s], hosts: hosts.length });
        // A replica still booting: its source stays with DR (it fails back once the replica runs).
        for (let v = 0; v < V.n; v++)
            if (this.phase[v] === REPLICA_BOOTING && this.siteOfCluster[V.cluster[v]] === s)
                ha.forget(v, t);
        for (const h of hosts)
            if (H.state[h] === HOST_FAILED)
                ha.repair(h, t);
        for (let v = 0; v < V.n; v++) {
            if (this.siteOfCluster[V.cluster[v]] !== s)
                continue;
            if (this.phase[v] === SITE_DOWN)
                this.phase[v] = NORMAL; // HA restarts it at home; no failover
            else if (this.phase[v] === FAILED_OVER)
                this.failBack(v, t);
        }
        dc.settle(t);
    }
    /** Power failed-over VM v on again at home (or any host of its cluster that fits). */
    failBack(v, t) {
        const { dc } = this;
        const { world } = dc;
        const V = world.vms;
        if (V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_FAILED_OVER)
            return;
        const cl = world.clusters[V.cluster[v]];
        const h0 = this.home[v];
        let h = h0 >= 0 && capacityFilter(world, cl, h0, askOf(world, v)) === 0 ? h0 : -1;
        if (h < 0)
            h = chooseHost(world, v, PURPOSE_POWER_ON).host;
        if (h < 0)
            return; // stays failed over: the replica keeps serving
        this.phase[v] = FAILING_BACK;
        dc.powerOn(v, h, t);
        this.boot(v, DOWN_RESTARTING, t);
        dc.settle(t);
    }
    summary() {
        const mean = (xs) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
        const max = (xs) => xs.reduce((a, b) => Math.max(a, b), 0);
        return {
            replicatedGroups: this.pairs.length,
            siteFailures: this.siteFailures,
            failovers: this.failovers,
            failbacks: this.failbacks,
            meanDataLossMs: mean(this.losses),
            maxDataLossMs: max(this.losses),
            meanTimeToFailoverMs: mean(this.times),
            maxTimeToFailoverMs: max(this.times),
        };
    }
}
//# sourceMappingURL=dr.js.map
import { applyClusterPolicy, clusterPolicyRefusal } from './cluster-policy.js';
import { PRIORITY_MODEL } from './datacenter.js';
import { KIND_SCRIPTED } from './event-kinds.js';
import { HOST_FAILED } from './lifecycle.js';
export class ScriptedEvents {
    dc;
    events;
    ha;
    migrator;
    maintenance;
    power;
    constructor(dc, events, ha, migrator, maintenance, power) {
        this.dc = dc;
        this.events = events;
        this.ha = ha;
        this.migrator = migrator;
        this.maintenance = maintenance;
        this.power = power;
        dc.kernel.on(KIND_SCRIPTED, (i) => this.fire(i));
    }
    /** Runs the VM operations; without one they are ignored. */
    vmOps = null;
    /** Fails whole sites and runs disaster recovery (availability/dr.ts); without one site failures are ignored. */
    dr = null;
    /** Scripted host failures at one instant in one cluster are one incident (a shared cause). */
    incidentAt = new Map();
    /** Events added while the run goes on (what-if overlays), after the scenario's own. */
    added = [];
    /** Schedule one more event at absolute simulated time `at` (its own `at` is ignored). */
    add(e, at) {
        this.added.push(e);
        this.dc.kernel.schedule(at, KIND_SCRIPTED, this.events.length + this.added.length - 1, 0, 0, PRIORITY_MODEL);
    }
    start() {
        // Scenario order breaks ties between events at the same instant.
        this.events.forEach((e, i) => this.dc.kernel.schedule(e.at, KIND_SCRIPTED, i, 0, 0, PRIORITY_MODEL));
    }
    fire(i) {
        const e = (i < this.events.length ? this.events[i] : this.added[i - this.events.length]);
        const { world, kernel } = this.dc;
        const t = kernel.now;
        const hostIndex = (id) => world.hosts.ids.indexOf(id);
        const vmIndex = (id) => (id === undefined ? -1 : world.vms.ids.indexOf(id));
        const groupIndex = (id) => (id === undefined ? -1 : world.groups.findIndex((g) => g.id === id));
        switch (e.type) {
            case 'host-failure': {
                const h = hostIndex(e.host);
                const key = `${t}/${world.hosts.cluster[h]}`;
                let incident = this.incidentAt.get(key);
                if (incident === undefined) {
                    incident = this.ha.openIncident(t, 'scripted', []);
                    this.incidentAt.set(key, incident);
                }
                this.ha.failHost(h, t, e.repairAfter ?? null, 'scripted', incident);
                break;
            }
            case 'host-repair': {
                const h = hostIndex(e.host);
                if (world.hosts.state[h] === HOST_FAILED)
                    this.ha.repair(h, t);
                else
                    this.dc.emit({ t, type: 'host.repair-skipped', host: e.host, why: 'the host has not failed' });
                break;
            }
            case 'domain-failure': {
                const d = world.domains.indexOf(e.domain);
                const hosts = [];
                for (let h = 0; h < world.hosts.n; h++)
                    if (world.hosts.domain[h] === d)
                        hosts.push(h);
                const incident = this.ha.openIncident(t, 'domain', hosts);
                this.dc.emit({ t, type: 'domain.failed', domain: e.domain, hosts: hosts.length, incident });
                for (const h of hosts)
                    this.ha.failHost(h, t, e.repairAfter ?? null, 'domain', incident);
                break;
            }
            case 'site-failure':
                this.dr?.failSite(e.site, t, e.repairAfter ?? null);
                break;
            case 'host-isolation':
                this.ha.isolate(hostIndex(e.host), t, e.duration);
                break;
            case 'maintenance': {
                const refused = this.maintenance.enter(hostIndex(e.host), t, e.duration);
                if (refused !== null)
                    this.dc.emit({ t, type: 'host.maintenance-refused', host: e.host, why: refused });
                break;
            }
            case 'power-on': {
                const refused = this.power.powerUp(hostIndex(e.host), t, 'scripted');
                if (refused !== null)
                    this.dc.emit({ t, type: 'host.power-skipped', host: e.host, why: refused });
                break;
            }
            case 'power-off': {
                const h = hostIndex(e.host);
                const refused = this.power.powerDown(h, t, e.retire ? 'retired' : 'scripted');
                if (refused !== null)
                    this.dc.emit({ t, type: 'host.power-skipped', host: e.host, why: refused });
                else if (e.retire)
                    this.power.retired[h] = 1;
                break;
            }
            case 'migrate': {
                const v = world.vms.ids.indexOf(e.vm);
                const h = hostIndex(e.host);
                const refused = world.vms.cluster[v] !== world.hosts.cluster[h]
                    ? 'the destination is in another cluster (live migration stays within a cluster here)'
                    : this.migrator.start(v, h, 'scripted', t);
                if (refused !== null)
                    this.dc.emit({ t, type: 'migration.refused', vm: e.vm, to: e.host, why: refused });
                break;
            }
            case 'create-vms':
                this.vmOps?.create(groupIndex(e.group), e.count, t);
                break;
            case 'delete-vms':
                this.vmOps?.delete(groupIndex(e.group), e.count, t);
                break;
            case 'hot-add':
                this.vmOps?.hotAdd(vmIndex(e.vm), groupIndex(e.group), e.addVcpus, e.addMemoryGiB, t);
                break;
            case 'snapshot':
                this.vmOps?.snapshot(vmIndex(e.vm), groupIndex(e.group), e.action, t);
                break;
            case 'storage-migrate':
                this.vmOps?.storageMigrate(vmIndex(e.vm), e.datastore, t);
                break;
            case 'cluster-policy': {
                // A cap of 0 in the file means no cap (YAML's JSON flow style has no Infinity).
                const cap = (x) => (x === undefined ? undefined : x === 0 ? null : x);
                const { at: _at, type: _type, cluster, ...change } = e;
                const ci = world.clusters.findIndex((c) => c.id === cluster);
                const policy = { ...change, maxVcpuPerCore: cap(change.maxVcpuPerCore), maxMemoryOvercommit: cap(change.maxMemoryOvercommit) };
                const refused = clusterPolicyRefusal(world.clusters[ci], policy);
                if (refused !== null) {
                    this.dc.emit({ t, type: 'cluster.policy-refused', cluster, why: refused });
                    break;
                }
                applyClusterPolicy(world, ci, policy);
                this.dc.emit({ t, type: 'cluster.policy-changed', cluster, change: JSON.stringify(change) });
                break;
            }
        }
    }
}
//# sourceMappingURL=scripted-events.js.map
import { CPU_SHARE_RULES, cpuShares } from '../catalogue/cpu-shares.js';
import { applyClusterPolicy, clusterPolicyProblem, clusterPolicyRefusal } from '../model/cluster-policy.js';
import { HOST_FAILED, HOST_MAINTENANCE, HOST_ON, VM_RUNNING } from '../model/lifecycle.js';
import { capacityFilter, askOf, rejectCode, PURPOSE_MIGRATION, REJECT_REASONS } from '../model/placement/filters.js';
import { Simulation } from '../run/simulate.js';
import { simulationView } from './view.js';
const OK = { ok: true };
function fail(code, message) {
    return { ok: false, error: { code, message } };
}
export class DatacenterSimulation {
    view;
    eventListeners = [];
    sampleListeners = [];
    hostIndex;
    vmIndex;
    /** The simulation underneath (for reports and checkpoints). */
    sim;
    /** The actions and view over an existing simulation (one restored from a checkpoint); onEvent / onSample need createSimulation. */
    static wrap(sim) {
        const api = Object.create(DatacenterSimulation.prototype);
        const w = api;
        w.sim = sim;
        w.view = simulationView(sim.model);
        w.hostIndex = new Map(sim.world.hosts.ids.map((id, i) => [id, i]));
        w.vmIndex = new Map(sim.world.vms.ids.map((id, i) => [id, i]));
        w.eventListeners = [];
        w.sampleListeners = [];
        return api;
    }
    constructor(scenario, options = {}, extra = {}) {
        const attach = (world) => {
            const base = extra.attach?.(world) ?? {};
            return {
                ...base,
                observers: [...(base.observers ?? []), { event: (e) => this.eventListeners.forEach((l) => l(e)) }],
                sinks: [...(base.sinks ?? []), { onSample: (f) => this.sampleListeners.forEach((l) => l(f)) }],
            };
        };
        this.sim = new Simulation(scenario, {
            ...extra,
            ...(options.seed !== undefined ? { seed: options.seed } : {}),
            ...(options.policies !== undefined ? { policies: options.policies } : {}),
            attach,
        });
        const { world } = this.sim;
        this.view = simulationView(this.sim.model);
        this.hostIndex = new Map(world.hosts.ids.map((id, i) => [id, i]));
        this.vmIndex = new Map(world.vms.ids.map((id, i) => [id, i]));
    }
    get now() {
        return this.sim.now;
    }
    get durationMs() {
        return this.sim.world.durationMs;
    }
    /** Lifecycle events (failures, restarts, migrations, power, actions) as they happen. */
    onEvent(listener) {
        this.eventListeners.push(listener);
    }
    /** Every output interval's metrics frame (arrays are reused: copy what you keep). */
    onSample(listener) {
        this.sampleListeners.push(listener);
    }
    runUntil(t) {
        this.sim.runUntil(t);
    }
    step() {
        return this.sim.step();
    }
    finish() {
        return this.sim.finish();
    }
    record(action, target, result, extra = {}) {
        this.sim.start();
        this.sim.model.emit({ t: this.now, type: 'action', action, target, ok: result.ok, why: result.ok ? null : result.error.message, ...extra });
        return result;
    }
    host(id) {
        return this.hostIndex.get(id) ?? -1;
    }
    vm(id) {
        return this.vmIndex.get(id) ?? -1;
    }
    /** Put a host into standby: evacuated by live migration first; refused if HA admission control would break. */
    powerOffHost(id) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('power-off', id, fail('unknown-host', `no host '${id}'`));
        const { world } = this.sim;
        if (world.hosts.state[h] !== HOST_ON)
            return this.record('power-off', id, fail('invalid-state', `host ${id} is not on`));
        const why = this.sim.ha.admission.allowsRemoving(world.hosts.cluster[h], h);
        if (why !== null)
            return this.record('power-off', id, fail('admission-control', why));
        const refused = this.sim.hostPower.powerDown(h, this.now, 'action');
        return this.record('power-off', id, refused === null ? OK : fail('invalid-state', refused));
    }
    powerOnHost(id) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('power-on', id, fail('unknown-host', `no host '${id}'`));
        const refused = this.sim.hostPower.powerUp(h, this.now, 'action');
        return this.record('power-on', id, refused === null ? OK : fail('invalid-state', refused));
    }
    enterMaintenance(id, durationMs) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('enter-maintenance', id, fail('unknown-host', `no host '${id}'`));
        const refused = this.sim.maintenance.enter(h, this.now, durationMs);
        return this.record('enter-maintenance', id, refused === null ? OK : fail('invalid-state', refused));
    }
    exitMaintenance(id) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('exit-maintenance', id, fail('unknown-host', `no host '${id}'`));
        if (this.sim.world.hosts.state[h] !== HOST_MAINTENANCE)
            return this.record('exit-maintenance', id, fail('invalid-state', `host ${id} is not in maintenance`));
        const refused = this.sim.maintenance.exit(h, this.now);
        return this.record('exit-maintenance', id, refused === null ? OK : fail('invalid-state', refused));
    }
    /** Live-migrate a VM; refused when any filter (caps, rules, host state, failover hosts) or a limit says no. */
    migrate(vmId, hostId) {
        this.sim.start();
        const v = this.vm(vmId);
        const h = this.host(hostId);
        if (v < 0)
            return this.record('migrate', vmId, fail('unknown-vm', `no VM '${vmId}'`));
        if (h < 0)
            return this.record('migrate', vmId, fail('unknown-host', `no host '${hostId}'`));
        const { world } = this.sim;
        if (world.vms.cluster[v] !== world.hosts.cluster[h])
            return this.record('migrate', vmId, fail('invalid-value', `host ${hostId} is in another cluster`), { to: hostId });
        const cluster = world.clusters[world.vms.cluster[v]];
        if (world.vms.state[v] !== VM_RUNNING)
            return this.record('migrate', vmId, fail('invalid-state', `VM ${vmId} is not running`), { to: hostId });
        const code = rejectCode(world, cluster, h, v, PURPOSE_MIGRATION);
        if (code !== 0) {
            const kind = code >= 8 ? 'rule' : code === 7 ? 'admission-control' : code === 6 ? 'invalid-state' : 'capacity';
            return this.record('migrate', vmId, fail(kind, `host ${hostId} refuses VM ${vmId}: ${REJECT_REASONS[code - 1]}`), { to: hostId });
        }
        const refused = this.sim.migrator.start(v, h, 'action', this.now);
        return this.record('migrate', vmId, refused === null ? OK : fail('limit', refused), { to: hostId });
    }
    /** Inject a host failure now (repaired after repairAfterMs, or never within the run). */
    failHost(id, repairAfterMs = null) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('fail-host', id, fail('unknown-host', `no host '${id}'`));
        if (this.sim.world.hosts.state[h] === HOST_FAILED)
            return this.record('fail-host', id, fail('invalid-state', `host ${id} has already failed`));
        this.sim.ha.failHost(h, this.now, repairAfterMs, 'action');
        return this.record('fail-host', id, OK);
    }
    repairHost(id) {
        this.sim.start();
        const h = this.host(id);
        if (h < 0)
            return this.record('repair-host', id, fail('unknown-host', `no host '${id}'`));
        if (this.sim.world.hosts.state[h] !== HOST_FAILED)
            return this.record('repair-host', id, fail('invalid-state', `host ${id} has not failed`));
        this.sim.ha.repair(h, this.now);
        return this.record('repair-host', id, OK);
    }
    /** CPU shares: 'low' | 'normal' | 'high' or a number of shares. */
    setCpuShares(vmId, shares) {
        this.sim.start();
        const v = this.vm(vmId);
        if (v < 0)
            return this.record('set-cpu-shares', vmId, fail('unknown-vm', `no VM '${vmId}'`));
        if (typeof shares === 'number' && !(shares > 0 && Number.isFinite(shares)))
            return this.record('set-cpu-shares', vmId, fail('invalid-value', `shares must be a positive number, got ${shares}`));
        const V = this.sim.world.vms;
        V.cpuShares[v] = cpuShares(shares, V.vcpus[v], CPU_SHARE_RULES[V.cpuShareRule[v]]);
        this.touch(v);
        return this.record('set-cpu-shares', vmId, OK);
    }
    /**
     * Change a VM's CPU reservation (MHz). An increase must fit the host's unreserved capacity and,
     * with HA on, keep admission control's policy; otherwise nothing changes.
     */
    setCpuReservation(vmId, mhz) {
        this.sim.start();
        const v = this.vm(vmId);
        if (v < 0)
            return this.record('set-cpu-reservation', vmId, fail('unknown-vm', `no VM '${vmId}'`));
        if (!(mhz >= 0 && Number.isFinite(mhz)))
            return this.record('set-cpu-reservation', vmId, fail('invalid-value', `reservation must be ≥ 0 MHz, got ${mhz}`));
        const { world } = this.sim;
        const V = world.vms;
        const H = world.hosts;
        const old = V.cpuReservationMhz[v];
        const h = V.host[v];
        if (h >= 0) {
            const cluster = world.clusters[V.cluster[v]];
            H.reservedMhz[h] = H.reservedMhz[h] - old;
            const ask = { ...askOf(world, v), cpuReservationMhz: mhz };
            const code = capacityFilter(world, cluster, h, { ...ask, vcpus: 0, memoryMiB: 0, memReservedMiB: 0 });
            H.reservedMhz[h] = H.reservedMhz[h] + old;
            if (code !== 0)
                return this.record('set-cpu-reservation', vmId, fail('capacity', `host ${H.ids[h]} cannot reserve ${mhz} MHz more for it: ${REJECT_REASONS[code - 1]}`));
        }
        const ha = this.sim.ha.admission;
        const c = V.cluster[v];
        const running = h >= 0;
        if (running)
            ha.down(v);
        V.cpuReservationMhz[v] = mhz;
        const admit = running && world.clusters[c].ha.enabled && mhz > old ? ha.allowPowerOn(v) : null;
        if (admit !== null) {
            V.cpuReservationMhz[v] = old;
            ha.up(v);
            return this.record('set-cpu-reservation', vmId, fail('admission-control', admit));
        }
        if (running) {
            ha.up(v);
            H.reservedMhz[h] = H.reservedMhz[h] - old + mhz;
            this.touch(v);
        }
        return this.record('set-cpu-reservation', vmId, OK);
    }
    /** Change cluster policies: placement caps (for placements from now on), DRS threshold, DPM target, HA admission control. */
    setClusterPolicy(clusterId, change) {
        this.sim.start();
        const ci = this.sim.world.clusters.findIndex((c) => c.id === clusterId);
        if (ci < 0)
            return this.record('set-cluster-policy', clusterId, fail('unknown-cluster', `no cluster '${clusterId}'`));
        const problem = clusterPolicyProblem(change);
        if (problem !== null)
            return this.record('set-cluster-policy', clusterId, fail('invalid-value', problem));
        const refusal = clusterPolicyRefusal(this.sim.world.clusters[ci], change);
        if (refusal !== null)
            return this.record('set-cluster-policy', clusterId, fail('invalid-state', refusal));
        applyClusterPolicy(this.sim.world, ci, change);
        return this.record('set-cluster-policy', clusterId, OK, { change: JSON.stringify(change) });
    }
    /** Create the next `count` not-yet-created VMs of a group (provisioned from its template or clone source). */
    createVms(groupId, count) {
        this.sim.start();
        const g = this.sim.world.groups.findIndex((x) => x.id === groupId);
        if (g < 0)
            return this.record('create-vms', groupId, fail('unknown-vm', `no VM group '${groupId}'`));
        if (!(Number.isInteger(count) && count >= 1))
            return this.record('create-vms', groupId, fail('invalid-value', `count must be a whole number ≥ 1, got ${count}`));
        const started = this.sim.provisioning.create(g, count, this.now, 'scripted');
        return this.record('create-vms', groupId, started.length === count ? OK : fail('capacity', `only ${started.length} of ${count} VMs could be created (the group's declared count is the limit)`));
    }
    deleteVms(groupId, count) {
        this.sim.start();
        const g = this.sim.world.groups.findIndex((x) => x.id === groupId);
        if (g < 0)
            return this.record('delete-vms', groupId, fail('unknown-vm', `no VM group '${groupId}'`));
        if (!(Number.isInteger(count) && count >= 1))
            return this.record('delete-vms', groupId, fail('invalid-value', `count must be a whole number ≥ 1, got ${count}`));
        this.sim.provisioning.deleteNewest(g, count, this.now, 'scripted');
        return this.record('delete-vms', groupId, OK);
    }
    /** Add vCPUs / memory (GiB) to a running VM: in place where its template allows hot plug, else by a reboot. */
    hotAdd(vmId, addVcpus, addMemoryGiB) {
        this.sim.start();
        const v = this.vm(vmId);
        if (v < 0)
            return this.record('hot-add', vmId, fail('unknown-vm', `no VM '${vmId}'`));
        const why = this.sim.hotAdd.apply(v, addVcpus, addMemoryGiB * 1024, this.now);
        return this.record('hot-add', vmId, why === null ? OK : fail('capacity', why));
    }
    /** After a change to a VM's settings: recompute its host. */
    touch(v) {
        const h = this.sim.world.vms.host[v];
        if (h < 0)
            return;
        this.sim.model.markRecompute(h);
        this.sim.model.settle(this.now);
    }
}
export function createSimulation(scenario, options = {}) {
    return new DatacenterSimulation(scenario, options);
}
//# sourceMappingURL=simulation-api.js.map
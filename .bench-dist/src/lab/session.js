/**
 * One live run of the lab: the scenario's simulation, advanced in slices, plus the actions a
 * user took, each recorded as a scenario event. Exporting the scenario with those events and
 * running it with `dcsim run` gives the same run: an action takes effect as the scripted event
 * it becomes, at an instant where it fires in the same order as it would from the file (see
 * actionInstant). A fork replays the same slices and actions in a new simulation, so it is the
 * same run up to the fork point by construction (the simulation is deterministic).
 */
import { DOWN_ADMISSION, DOWN_DELETED, DOWN_NOT_CREATED, DOWN_PROVISIONING, DOWN_UNPLACEABLE, VM_BOOTING, VM_DOWN } from '../model/lifecycle.js';
import { Simulation } from '../run/simulate.js';
import { actionEvent } from './action-event.js';
import { actionInstant, clock } from './action-instant.js';
import { explainEvent } from './explain.js';
const NOT_OUTAGES = new Set([DOWN_UNPLACEABLE, DOWN_ADMISSION, DOWN_NOT_CREATED, DOWN_PROVISIONING, DOWN_DELETED]);
/** Log lines kept for the page between updates (the event log shows the latest). */
const LOG_LIMIT = 2000;
export class LabSession {
    scenario;
    sim;
    steps = [];
    actions = [];
    rows = [];
    log = [];
    energyWh = 0;
    /** Outage time so far (ms, over VMs), and since when each VM has been out (NaN: not out). */
    outageMs = 0;
    outSince = new Float64Array(0);
    constructor(scenario) {
        this.scenario = scenario;
        this.sim = new Simulation(scenario, {
            attach: () => ({
                observers: [
                    {
                        event: (e) => this.onEvent(e),
                        unplaceable: (t, v, reason) => this.onUnplaceable(t, v, reason),
                        vmState: (t, v, _from, to, reason) => this.onVmState(t, v, to, reason),
                    },
                ],
                sinks: [{ onSample: (f) => this.onSample(f) }],
            }),
        });
        this.outSince = new Float64Array(this.sim.world.vms.n).fill(NaN);
        this.sim.start();
    }
    /** A new session that has done what `from` did (the same run so far). */
    static replay(from) {
        const s = new LabSession(from.scenario);
        for (const step of from.steps) {
            if (step.kind === 'advance')
                s.advance(step.untilMs);
            else
                s.act(step.action);
        }
        return s;
    }
    get now() {
        return this.sim.now;
    }
    get done() {
        return this.sim.stopped !== null || this.sim.now >= this.sim.world.durationMs;
    }
    advance(untilMs) {
        const until = Math.min(untilMs, this.sim.world.durationMs);
        if (until <= this.sim.now || this.sim.stopped)
            return;
        this.steps.push({ kind: 'advance', untilMs: until });
        this.sim.runUntil(until);
    }
    /** Record an action as a scenario event; null, or why it cannot be taken (nothing recorded). */
    act(action) {
        if (this.done)
            return 'the run has ended';
        const at = actionInstant(this.sim);
        if (at > this.sim.world.durationMs)
            return 'the run ends before the action could take effect';
        const made = actionEvent(this.sim.world, action, at);
        if (typeof made === 'string')
            return made;
        this.steps.push({ kind: 'act', action });
        this.sim.scripted.add(made.spec, at);
        this.actions.push({ atMs: at, event: made.raw, text: made.text });
        this.pushLog({ t: this.sim.now, type: 'lab.action', text: `You: ${made.text} (takes effect at ${clock(at)}).` });
        return null;
    }
    finish() {
        if (!this.sim.stopped)
            this.steps.push({ kind: 'advance', untilMs: this.sim.world.durationMs });
        const r = this.sim.finish();
        return { headline: r.headline, clusterHeadlines: r.clusterHeadlines };
    }
    info() {
        const { world, scenario } = this.sim;
        const H = world.hosts;
        const V = world.vms;
        return {
            name: scenario.spec.name,
            description: scenario.spec.description ?? '',
            durationMs: world.durationMs,
            stepMs: world.stepMs,
            intervalMs: this.sim.intervalMs,
            startEpochMs: scenario.startEpochMs,
            clusters: this.clusters(),
            hostIds: [...H.ids],
            hostCluster: H.cluster.slice(),
            hostCapacityMhz: H.usableMhz.slice(),
            hostMemoryMiB: H.memoryMiB.slice(),
            hostCores: H.cores.slice(),
            vmIds: [...V.ids],
            vmCluster: V.cluster.slice(),
            vmVcpus: V.vcpus.slice(),
            vmMemoryMiB: V.memoryMiB.slice(),
            vmPriority: V.haPriority.slice(),
        };
    }
    clusters() {
        return this.sim.world.clusters.map((c) => ({
            id: c.id,
            haEnabled: c.ha.enabled,
            admission: c.ha.admission.policy,
            hostFailuresToTolerate: c.ha.admission.hostFailuresToTolerate,
            detectionMs: c.ha.detectionMs,
            dpmEnabled: c.power.dpm.enabled,
            dpmTargetPct: c.power.dpm.targetPct,
            drsEnabled: c.drs.enabled,
            maxVcpuPerCore: Number.isFinite(c.placement.maxVcpuPerCore) ? c.placement.maxVcpuPerCore : null,
            maxMemoryOvercommit: Number.isFinite(c.placement.maxMemoryOvercommit) ? c.placement.maxMemoryOvercommit : null,
        }));
    }
    /** The state now and what happened since the last call (rows and log lines are handed over once). */
    state(pane) {
        const { world } = this.sim;
        const H = world.hosts;
        const V = world.vms;
        const rows = this.rows;
        const log = this.log;
        this.rows = [];
        this.log = [];
        return {
            pane,
            t: this.sim.now,
            done: this.done,
            hostState: H.state.slice(),
            hostDemandMhz: H.demandMhz.slice(),
            hostGrantedMhz: H.grantedMhz.slice(),
            hostReadyMhz: H.readyMhz.slice(),
            hostConsumedMiB: H.consumedMiB.slice(),
            hostMemState: H.memState.slice(),
            hostPowerW: H.powerW.slice(),
            vmHost: V.host.slice(),
            vmState: V.state.slice(),
            vmDownReason: V.downReason.slice(),
            newRows: rows,
            newLog: log,
            clusters: this.clusters(),
            actions: [...this.actions],
            energyKWh: this.energyWh / 1000,
            vmOutageMs: this.outage(),
            eventsFired: this.sim.kernel.fired,
        };
    }
    pushLog(line) {
        this.log.push(line);
        if (this.log.length > LOG_LIMIT)
            this.log.splice(0, this.log.length - LOG_LIMIT);
    }
    onEvent(e) {
        const text = explainEvent(e, this.sim.world);
        if (text !== null)
            this.pushLog({ t: e.t, type: e.type, text });
    }
    /**
     * An outage is time a VM that should run does not (down, or booting after a failure); never
     * placed, refused by admission control at power-on, not created yet and deleted are not outages.
     */
    onVmState(t, v, to, reason) {
        const out = (to === VM_DOWN || to === VM_BOOTING) && !NOT_OUTAGES.has(reason);
        const since = this.outSince[v];
        if (!Number.isNaN(since) && !out) {
            this.outageMs += t - since;
            this.outSince[v] = NaN;
        }
        else if (Number.isNaN(since) && out)
            this.outSince[v] = t;
    }
    /** VM outage time so far, ms (the outages still going on counted up to now). */
    outage() {
        let ms = this.outageMs;
        for (const since of this.outSince)
            if (!Number.isNaN(since))
                ms += this.sim.now - since;
        return ms;
    }
    onUnplaceable(t, v, reason) {
        this.pushLog({ t, type: 'vm.unplaceable', text: `${this.sim.world.vms.ids[v]} cannot be placed: ${reason}.` });
    }
    onSample(f) {
        const c = f.cluster;
        for (let ci = 0; ci < c.demandMhz.length; ci++) {
            this.energyWh += c.energyWh[ci];
            this.rows.push({
                t: f.t1,
                cluster: ci,
                capacityMhz: c.capacityMhz[ci],
                demandMhz: c.demandMhz[ci],
                grantedMhz: c.grantedMhz[ci],
                readyMeanPct: c.readyMeanPct[ci],
                readyP95Pct: c.readyP95Pct[ci],
                vmsDown: c.vmsDown[ci],
                failoverHosts: c.failoverHosts[ci],
                powerW: c.powerW[ci],
                energyWh: c.energyWh[ci],
                consumedMiB: c.consumedMiB[ci],
                memoryMiB: c.memoryMiB[ci],
                balloonMiB: c.balloonMiB[ci],
                swappedMiB: c.swappedMiB[ci],
                hostsUp: c.hostsUp[ci],
            });
        }
    }
}
//# sourceMappingURL=session.js.map
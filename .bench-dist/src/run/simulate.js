/**
 * One simulation, in memory: build → place → run → finalize. No files, no wall clock: the
 * caller passes sinks and observers and gets the world and headline figures back.
 */
import { Kernel } from '../engine/index.js';
import { AlarmEvaluator } from '../metrics/alarms.js';
import { EnergyMeter } from '../metrics/energy-meter.js';
import { foldParts, headlineOf, headlineParts } from '../metrics/headline.js';
import { Recorder } from '../metrics/recorder.js';
import { buildWorld } from '../model/build.js';
import { Datacenter } from '../model/datacenter.js';
import { emptyDensity } from '../model/placement/density.js';
import { FailureInjector } from '../model/availability/failure-injector.js';
import { GuestFailures } from '../model/availability/guest-failures.js';
import { ftaPreset } from '../catalogue/fta-presets.js';
import { HaController } from '../model/availability/ha.js';
import { DrController, drPairs } from '../model/availability/dr.js';
import { Balancer } from '../model/balancer/drs.js';
import { Maintenance } from '../model/balancer/maintenance.js';
import { HostPower } from '../model/power/host-power.js';
import { PowerManager } from '../model/power/power-manager.js';
import { Migrator } from '../model/migration/migrator.js';
import { ScriptedEvents } from '../model/scripted-events.js';
import { Autoscaler, Boots, groupPlans, HotAdd, LoadShare, Provisioning, ProvisioningTimers, VmOperations } from '../model/provisioning/index.js';
import { Storage, storageLayout } from '../model/storage/index.js';
import { installPolicies, PolicyError } from '../api/policy-hooks.js';
/** A scenario failure distribution in the model's (kind, p1, p2) form, hours. */
function distribution(d) {
    switch (d.distribution) {
        case 'exponential':
            return { kind: 'exponential', p1: d.meanHours, p2: 0 };
        case 'weibull':
            return { kind: 'weibull', p1: d.shape, p2: d.scaleHours };
        case 'lognormal':
            return { kind: 'lognormal', p1: d.mu, p2: d.sigma };
        case 'gamma':
            return { kind: 'gamma', p1: d.shape, p2: d.scaleHours };
    }
}
/** Host groups' failure models, in World.hostGroups order (null: the group does not fail at random). */
function failureModels(spec) {
    const out = [];
    for (const c of spec.clusters)
        for (const g of c.hosts) {
            const f = g.failures;
            if (!f)
                out.push(null);
            else if (f.preset !== undefined)
                out.push(ftaPreset(f.preset) ?? null);
            else if (f.timeBetweenFailures && f.repair)
                out.push({ timeBetweenFailures: distribution(f.timeBetweenFailures), repair: distribution(f.repair) });
            else
                out.push(null);
        }
    return out;
}
/**
 * One simulation as an object: built and wired in the constructor, `start()` places the VMs and
 * starts every controller, `runUntil(t)` / `step()` advance it, `finish()` closes the integrals
 * and returns the result. simulate() runs it straight through; the library API drives it.
 */
export class Simulation {
    scenario;
    seed;
    world;
    memory;
    kernel;
    model;
    ha;
    migrator;
    maintenance;
    balancer;
    hostPower;
    powerManager;
    injector;
    guestFailures;
    scripted;
    storage;
    provisioning;
    autoscaler;
    loadShare;
    hotAdd;
    vmOps;
    dr;
    alarms;
    recorder;
    meter;
    intervalMs;
    placement = null;
    /** Set when the run stopped early (a policy failed); the report says so. */
    stopped = null;
    started = false;
    constructor(scenario, options = {}) {
        this.scenario = scenario;
        const seed = options.seed ?? scenario.spec.seed;
        this.seed = seed;
        const { world, workload, memory, streams } = buildWorld(scenario, seed);
        this.world = world;
        this.memory = memory;
        const kernel = new Kernel();
        this.kernel = kernel;
        const attached = options.attach?.(world) ?? {};
        const model = new Datacenter(world, workload, memory, kernel, attached.observers ?? []);
        this.model = model;
        if (options.policies)
            installPolicies(model, options.policies);
        const ha = new HaController(model);
        this.ha = ha;
        const migrator = new Migrator(model);
        this.migrator = migrator;
        ha.hostDownListeners.push(migrator);
        ha.cancelMigration = (v, why, t) => void migrator.cancel(v, why, t);
        const maintenance = new Maintenance(model, migrator);
        this.maintenance = maintenance;
        const balancer = new Balancer(model, migrator, maintenance);
        this.balancer = balancer;
        const hostPower = new HostPower(model, maintenance);
        this.hostPower = hostPower;
        const powerManager = new PowerManager(model, hostPower, ha.admission);
        this.powerManager = powerManager;
        ha.capacityNeededListeners.push((c, t) => powerManager.capacityNeeded(c, t));
        hostPower.poweredOnListeners.push((h, t) => ha.capacityFreed(world.hosts.cluster[h], t));
        const models = failureModels(scenario.spec);
        this.injector = models.some((m) => m !== null) ? new FailureInjector(model, ha, (g) => models[g] ?? null, (name) => streams.seedOf(name)) : null;
        this.guestFailures = new GuestFailures(model, (name) => streams.seedOf(name));
        const scripted = new ScriptedEvents(model, scenario.spec.events, ha, migrator, maintenance, hostPower);
        this.scripted = scripted;
        const plans = groupPlans(scenario, world);
        const storage = new Storage(model, storageLayout(scenario, world));
        const timers = new ProvisioningTimers(model);
        const boots = new Boots(model);
        const provisioning = new Provisioning(model, plans, storage, ha, boots, timers);
        const autoscaler = new Autoscaler(model, plans, provisioning, timers);
        const loadShare = new LoadShare(model, plans, timers);
        const hotAdd = new HotAdd(model, plans, boots, ha.admission, (v) => provisioning.isCreated(v));
        storage.cancelMigration = (v, why, t) => void migrator.cancel(v, why, t);
        provisioning.cancelMigration = storage.cancelMigration;
        this.vmOps = new VmOperations(model, provisioning, hotAdd, storage);
        scripted.vmOps = this.vmOps;
        this.dr = new DrController(model, ha, provisioning, drPairs(scenario.spec, world), scenario.spec.clusters.map((c) => c.site));
        scripted.dr = this.dr;
        this.storage = storage;
        this.provisioning = provisioning;
        this.autoscaler = autoscaler;
        this.loadShare = loadShare;
        this.hotAdd = hotAdd;
        const lifecycleSeries = {
            onSample: (f) => {
                storage.sample(f.t1);
                provisioning.sample(f.t1);
            },
        };
        const intervalMs = scenario.spec.outputs.interval ?? scenario.spec.step;
        this.intervalMs = intervalMs;
        this.alarms = new AlarmEvaluator(scenario.spec.alarms, world, attached.alarmListeners ?? []);
        this.recorder = new Recorder(model, kernel, intervalMs, [this.alarms, ...(attached.sinks ?? []), lifecycleSeries]);
        this.meter = new EnergyMeter(model, kernel, scenario.spec.energy);
        this.recorder.gauges.imbalance = (ci) => balancer.measure(ci);
        this.recorder.gauges.failoverHosts = (ci) => world.clusters[ci].ha.enabled ? ha.admission.failover(ci).tolerates : NaN;
    }
    get now() {
        return this.kernel.now;
    }
    /** Place the VMs and start every controller (once). */
    start() {
        if (this.started)
            return;
        this.started = true;
        try {
            this.placement = this.model.start();
        }
        catch (err) {
            if (!(err instanceof PolicyError))
                throw err;
            this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
            this.placement = { placed: 0, unplaced: [], shouldViolations: [], density: this.world.clusters.map((c) => emptyDensity(this.world, c)) };
            return;
        }
        this.standbySpares();
        this.injector?.start();
        this.guestFailures.start();
        this.scripted.start();
        this.storage.start((v) => this.provisioning.isCreated(v));
        this.provisioning.start();
        this.autoscaler.start();
        this.loadShare.start();
        this.powerManager.start();
        this.recorder.start();
        this.meter.start();
    }
    /** Sizing: hosts the placement left empty go to standby where the cluster asks for it (placement.spareHosts). */
    standbySpares() {
        const { world } = this;
        for (const c of world.clusters) {
            if (c.placement.spareHosts !== 'standby')
                continue;
            for (let h = c.hostStart; h < c.hostEnd; h++)
                if (world.hosts.vmCount[h] === 0 && world.failoverHost[h] !== 1)
                    this.hostPower.powerDown(h, this.kernel.now, 'spare after placement');
        }
    }
    /**
     * Advance to simulated time t (capped at the run's end). A failing policy stops the run:
     * `stopped` says why and the caller finishes at the time reached.
     */
    runUntil(t) {
        this.start();
        if (this.stopped)
            return;
        const until = Math.min(t, this.world.durationMs);
        try {
            this.kernel.runUntil(until);
        }
        catch (err) {
            if (!(err instanceof PolicyError))
                throw err;
            this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
        }
    }
    /** Fire the next event (if any before the end); returns false when there is none. */
    step() {
        this.start();
        if (this.stopped || this.kernel.nextTime() > this.world.durationMs)
            return false;
        try {
            return this.kernel.step();
        }
        catch (err) {
            if (!(err instanceof PolicyError))
                throw err;
            this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
            return false;
        }
    }
    /** Close the run at the end (or where it stopped) and compute the headline figures. */
    finish() {
        this.start();
        const { world, memory, recorder, meter, model, ha, migrator, scenario } = this;
        const end = this.stopped ? this.kernel.now : world.durationMs;
        if (!this.stopped)
            this.runUntil(world.durationMs);
        const t = this.stopped ? this.kernel.now : end;
        recorder.finish(t);
        meter.read(t);
        model.flushAll(t);
        const life = { outages: model.outages, ha, migrations: migrator.records };
        const spec = scenario.spec;
        const parts = world.clusters.map((_, ci) => headlineParts(world, memory, recorder, ci, life, spec.finance, meter.hours, this.placement.density[ci]));
        const figures = (p) => headlineOf(p, world.durationMs, spec.energy, spec.finance);
        const total = figures(foldParts(parts));
        const clusterHeadlines = parts.map(figures);
        return {
            world,
            memory,
            recorder,
            alarms: this.alarms,
            placement: this.placement,
            eventsFired: this.kernel.fired,
            headline: total,
            clusterHeadlines,
            headlineParts: parts,
            seed: this.seed,
            intervalMs: this.intervalMs,
            model,
            ha,
            migrator,
            balancer: this.balancer,
            hostPower: this.hostPower,
            meter,
            provisioning: this.provisioning,
            autoscaler: this.autoscaler,
            hotAdd: this.hotAdd,
            storage: this.storage,
            stopped: this.stopped,
            dr: this.dr,
        };
    }
}
export function simulate(scenario, options = {}) {
    const sim = new Simulation(scenario, options);
    sim.start();
    const duration = sim.world.durationMs;
    const chunks = Math.max(1, options.progressChunks ?? 1);
    for (let k = 1; k <= chunks && !sim.stopped; k++) {
        const until = k === chunks ? duration : Math.floor((duration * k) / chunks);
        sim.runUntil(until);
        options.onProgress?.(sim.now, duration);
    }
    return sim.finish();
}
//# sourceMappingURL=simulate.js.map
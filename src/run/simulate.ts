/**
 * One simulation, in memory: build → place → run → finalize. No files, no wall clock: the
 * caller passes sinks and observers and gets the world and headline figures back.
 */
import { Kernel } from '../engine/index.js';
import { AlarmEvaluator, type AlarmListener } from '../metrics/alarms.js';
import { EnergyMeter } from '../metrics/energy-meter.js';
import { foldParts, headlineOf, headlineParts, type HeadlineParts } from '../metrics/headline.js';
import { Recorder, type SampleSink } from '../metrics/recorder.js';
import { buildWorld } from '../model/build.js';
import { Datacenter } from '../model/datacenter.js';
import type { ModelObserver } from '../model/observer.js';
import { emptyDensity, type DensityParts } from '../model/placement/density.js';
import type { PlacementOutcome } from '../model/placement/initial.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { World } from '../model/world.js';
import { FailureInjector } from '../model/availability/failure-injector.js';
import { GuestFailures } from '../model/availability/guest-failures.js';
import { ftaPreset } from '../catalogue/fta-presets.js';
import type { FailureDistribution } from '../model/availability/failure-distribution.js';
import { HaController } from '../model/availability/ha.js';
import { DrController, drPairs } from '../model/availability/dr.js';
import { Balancer } from '../model/balancer/drs.js';
import { Maintenance } from '../model/balancer/maintenance.js';
import { HostPower } from '../model/power/host-power.js';
import { PowerManager } from '../model/power/power-manager.js';
import { Migrator } from '../model/migration/migrator.js';
import { ScriptedEvents } from '../model/scripted-events.js';
import { idleStopMs } from '../model/workload/idle-stop.js';
import { Autoscaler, Boots, groupPlans, HotAdd, LoadShare, Provisioning, ProvisioningTimers, VmOperations } from '../model/provisioning/index.js';
import { Storage, storageLayout } from '../model/storage/index.js';
import { UnplacedQueue } from '../model/provisioning/unplaced-queue.js';
import { DOWN_UNPLACEABLE } from '../model/lifecycle.js';
import type { FailureDistributionSpec, ScenarioSpec } from '../scenario/schema.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
import { installPolicies, PolicyError, type LoadedPolicy } from '../policy/hooks.js';
import type { RunOutcome, RunStop } from '../metrics/run-outcome.js';
import { runOutcome } from './outcome.js';

export interface SimulateOptions {
  readonly seed?: number | string;
  /** Subscribers, created once the world exists (they need its ids and sizes). */
  readonly attach?: (world: World, memory: MemoryArrays) => Attachments;
  /** Called between chunks of simulated time with the time reached (ms). */
  readonly onProgress?: (simMs: number, durationMs: number) => void;
  /** Number of chunks the run is split into for progress reports. */
  readonly progressChunks?: number;
  /** Placement policies (policies as code) by cluster id, or '*' for every cluster. */
  readonly policies?: Readonly<Record<string, LoadedPolicy>>;
}

export interface Attachments {
  readonly sinks?: readonly SampleSink[];
  readonly observers?: readonly ModelObserver[];
  readonly alarmListeners?: readonly AlarmListener[];
}

export interface SimulationResult {
  readonly world: World;
  readonly memory: MemoryArrays;
  readonly recorder: Recorder;
  readonly alarms: AlarmEvaluator;
  readonly placement: PlacementOutcome;
  readonly eventsFired: number;
  readonly headline: HeadlineFigures;
  readonly clusterHeadlines: readonly HeadlineFigures[];
  /** What each cluster contributes to the headline; the datacenter's is their fold. */
  readonly headlineParts: readonly HeadlineParts[];
  readonly seed: number | string;
  readonly intervalMs: number;
  readonly model: Datacenter;
  readonly ha: HaController;
  readonly migrator: Migrator;
  readonly balancer: Balancer;
  readonly meter: EnergyMeter;
  readonly hostPower: HostPower;
  /** VMs provisioned, failed and deleted per group; VM counts of provisioned groups over time. */
  readonly provisioning: Provisioning;
  /** Scaling actions (time, group, direction, the mean that triggered it). */
  readonly autoscaler: Autoscaler;
  readonly hotAdd: HotAdd;
  /** Datastores: usage now, peak and over time (series), snapshots, pauses. */
  readonly storage: Storage;
  /** Why the run stopped before its end (a failing policy), or null. */
  readonly stopped: RunStop | null;
  /** Disaster recovery: site failures, failovers, per-VM data loss (dataLossMs) and summary(). */
  readonly dr: DrController;
  /** The plain outcome the report and the output files are written from. */
  readonly outcome: RunOutcome;
}

/** A scenario failure distribution in the model's (kind, p1, p2) form, hours. */
function distribution(d: FailureDistributionSpec): FailureDistribution {
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
function failureModels(spec: ScenarioSpec): ({ timeBetweenFailures: FailureDistribution; repair: FailureDistribution } | null)[] {
  const out: ({ timeBetweenFailures: FailureDistribution; repair: FailureDistribution } | null)[] = [];
  for (const c of spec.clusters)
    for (const g of c.hosts) {
      const f = g.failures;
      if (!f) out.push(null);
      else if (f.preset !== undefined) out.push(ftaPreset(f.preset) ?? null);
      else if (f.timeBetweenFailures && f.repair) out.push({ timeBetweenFailures: distribution(f.timeBetweenFailures), repair: distribution(f.repair) });
      else out.push(null);
    }
  return out;
}

/**
 * One simulation as an object: built and wired in the constructor, `start()` places the VMs and
 * starts every controller, `runUntil(t)` / `step()` advance it, `finish()` closes the integrals
 * and returns the result. simulate() runs it straight through; the library API drives it.
 */
export class Simulation {
  readonly seed: number | string;
  readonly world: World;
  readonly memory: MemoryArrays;
  readonly kernel: Kernel;
  readonly model: Datacenter;
  readonly ha: HaController;
  readonly migrator: Migrator;
  readonly maintenance: Maintenance;
  readonly balancer: Balancer;
  readonly hostPower: HostPower;
  readonly powerManager: PowerManager;
  readonly injector: FailureInjector | null;
  readonly guestFailures: GuestFailures;
  readonly scripted: ScriptedEvents;
  readonly storage: Storage;
  readonly provisioning: Provisioning;
  readonly autoscaler: Autoscaler;
  readonly loadShare: LoadShare;
  readonly hotAdd: HotAdd;
  readonly vmOps: VmOperations;
  readonly dr: DrController;
  readonly unplacedQueue: UnplacedQueue;
  readonly alarms: AlarmEvaluator;
  readonly recorder: Recorder;
  readonly meter: EnergyMeter;
  readonly intervalMs: number;
  placement: PlacementOutcome | null = null;
  /** Set when the run stopped early (a policy failed); the report says so. */
  stopped: RunStop | null = null;
  private started = false;

  constructor(
    readonly scenario: Scenario,
    options: SimulateOptions = {},
  ) {
    const seed = options.seed ?? scenario.spec.seed;
    this.seed = seed;
    const { world, workload, memory, streams } = buildWorld(scenario, seed);
    this.world = world;
    this.memory = memory;
    const kernel = new Kernel();
    this.kernel = kernel;
    const attached = options.attach?.(world, memory) ?? {};
    const model = new Datacenter(world, workload, memory, kernel, attached.observers ?? []);
    this.model = model;
    if (options.policies) installPolicies(model, options.policies);
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
    maintenance.exitListeners.push((h, t) => ha.capacityFreed(world.hosts.cluster[h], t));
    const unplacedQueue = new UnplacedQueue(model);
    this.unplacedQueue = unplacedQueue;
    ha.capacityFreedListeners.push((c, t) => unplacedQueue.capacityFreed(c, t));
    unplacedQueue.capacityNeededListeners.push((c, t) => powerManager.capacityNeeded(c, t));
    // A completed migration frees its source host.
    migrator.endListeners.push((rec, t) => {
      if (rec.outcome === 'completed') unplacedQueue.capacityFreed(world.vms.cluster[rec.vm], t);
    });
    hostPower.poweredOnListeners.push((h) => balancer.poweredOn(h));
    maintenance.standbyDestination = (h) => powerManager.staysOn(h);
    const models = failureModels(scenario.spec);
    this.injector = models.some((m) => m !== null) ? new FailureInjector(model, ha, (g) => models[g] ?? null, (name) => streams.seedOf(name)) : null;
    this.guestFailures = new GuestFailures(model, (name) => streams.seedOf(name));
    const scripted = new ScriptedEvents(model, scenario.spec.events, ha, migrator, maintenance, hostPower);
    this.scripted = scripted;
    scripted.dpm = powerManager;
    const plans = groupPlans(scenario, world);
    const storage = new Storage(model, storageLayout(scenario, world));
    const timers = new ProvisioningTimers(model);
    const boots = new Boots(model);
    const provisioning = new Provisioning(model, plans, storage, ha, boots, timers);
    provisioning.unplaceable = (v, t, why) => {
      if (unplacedQueue.waits(v)) unplacedQueue.enqueue(v, t, why);
    };
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
    const lifecycleSeries: SampleSink = {
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
    this.recorder.gauges.failoverHosts = (ci) =>
      (world.clusters[ci] as { ha: { enabled: boolean } }).ha.enabled ? ha.admission.failover(ci).tolerates : NaN;
  }

  get now(): number {
    return this.kernel.now;
  }

  /** Place the VMs and start every controller (once). */
  start(): void {
    if (this.started) return;
    this.started = true;
    try {
      this.placement = this.model.start();
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
      this.placement = { placed: 0, unplaced: [], shouldViolations: [], density: this.world.clusters.map((c) => emptyDensity(this.world, c)) };
      return;
    }
    this.standbySpares();
    const V = this.world.vms;
    for (const u of this.placement.unplaced)
      if (this.unplacedQueue.waits(u.vm) && V.downReason[u.vm] === DOWN_UNPLACEABLE) this.unplacedQueue.enqueue(u.vm, this.kernel.now, u.reason);
    this.injector?.start();
    this.guestFailures.start();
    this.scripted.start();
    this.scheduleIdleStops();
    this.storage.start((v) => this.provisioning.isCreated(v));
    this.provisioning.start();
    this.autoscaler.start();
    this.loadShare.start();
    this.powerManager.start();
    this.recorder.start();
    this.meter.start();
  }

  /**
   * Trace groups with stopWhenIdle: each VM is powered off for good at the sample where its
   * trace goes idle (model/workload/idle-stop.ts), as a vm-power event in the log.
   */
  private scheduleIdleStops(): void {
    const { world } = this;
    const W = this.model.workload;
    let gi = 0;
    for (const c of this.scenario.spec.clusters) {
      for (const g of c.vms) {
        const group = world.groups[gi++];
        if (g.workload.type !== 'trace' || !g.workload.stopWhenIdle || group === undefined) continue;
        for (let v = group.vmStart; v < group.vmEnd; v++) {
          const trace = W.traces[W.trace[v] as number];
          const at = trace === undefined ? null : idleStopMs(trace.timesMs, trace.cpu);
          if (at !== null && at < world.durationMs) this.scripted.add({ at, type: 'vm-power', vm: world.vms.ids[v] as string, state: 'off' }, at);
        }
      }
    }
  }

  /** Sizing: hosts the placement left empty go to standby where the cluster asks for it (placement.spareHosts). */
  private standbySpares(): void {
    const { world } = this;
    for (const c of world.clusters) {
      if (c.placement.spareHosts !== 'standby') continue;
      for (let h = c.hostStart; h < c.hostEnd; h++)
        if ((world.hosts.vmCount[h]) === 0 && world.failoverHost[h] !== 1) this.hostPower.powerDown(h, this.kernel.now, 'spare after placement');
    }
  }

  /**
   * Advance to simulated time t (capped at the run's end). A failing policy stops the run:
   * `stopped` says why and the caller finishes at the time reached.
   */
  runUntil(t: number): void {
    this.start();
    if (this.stopped) return;
    const until = Math.min(t, this.world.durationMs);
    try {
      this.kernel.runUntil(until);
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
    }
  }

  /** Fire the next event (if any before the end); returns false when there is none. */
  step(): boolean {
    this.start();
    if (this.stopped || this.kernel.nextTime() > this.world.durationMs) return false;
    try {
      return this.kernel.step();
    } catch (err) {
      if (!(err instanceof PolicyError)) throw err;
      this.stopped = { t: this.kernel.now, reason: err.message, detail: err.policyStack };
      return false;
    }
  }

  /** Close the run at the end (or where it stopped) and compute the headline figures. */
  finish(): SimulationResult {
    this.start();
    const { world, memory, recorder, meter, model, ha, migrator, scenario } = this;
    const end = this.stopped ? this.kernel.now : world.durationMs;
    if (!this.stopped) this.runUntil(world.durationMs);
    const t = this.stopped ? this.kernel.now : end;
    recorder.finish(t);
    meter.read(t);
    model.flushAll(t);
    const life = { outages: model.outages, ha, migrations: migrator.records, queue: this.unplacedQueue };
    const spec = scenario.spec;
    const parts = world.clusters.map((_, ci) => headlineParts(world, memory, recorder, ci, life, spec.finance, meter.hours, (this.placement as PlacementOutcome).density[ci] as DensityParts));
    const figures = (p: HeadlineParts): HeadlineFigures => headlineOf(p, world.durationMs, spec.energy, spec.finance);
    const total = figures(foldParts(parts));
    const clusterHeadlines = parts.map(figures);
    const placement = this.placement as PlacementOutcome;
    const own = { world, memory, recorder, alarms: this.alarms, placement, eventsFired: this.kernel.fired, headline: total, clusterHeadlines, headlineParts: parts, seed: this.seed, intervalMs: this.intervalMs };
    return {
      ...own,
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
      outcome: runOutcome({ ...own, outages: model.outages, ha, migrator, stopped: this.stopped }),
    };
  }
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
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

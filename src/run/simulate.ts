/**
 * One simulation, in memory: build → place → run → finalize. No files, no wall clock: the
 * caller passes sinks and observers and gets the world and headline figures back.
 */
import { Kernel } from '../engine/index.js';
import { AlarmEvaluator, type AlarmListener } from '../metrics/alarms.js';
import { EnergyMeter } from '../metrics/energy-meter.js';
import { headline } from '../metrics/headline.js';
import { Recorder, type SampleSink } from '../metrics/recorder.js';
import { buildWorld } from '../model/build.js';
import { Datacenter } from '../model/datacenter.js';
import type { ModelObserver } from '../model/observer.js';
import type { PlacementOutcome } from '../model/placement/initial.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { World } from '../model/world.js';
import { FailureInjector } from '../model/availability/failure-injector.js';
import { ftaPreset } from '../model/availability/fta-presets.js';
import type { FailureDistribution } from '../model/availability/failure-distribution.js';
import { HaController } from '../model/availability/ha.js';
import { Balancer } from '../model/balancer/drs.js';
import { Maintenance } from '../model/balancer/maintenance.js';
import { HostPower } from '../model/power/host-power.js';
import { PowerManager } from '../model/power/power-manager.js';
import { Migrator } from '../model/migration/migrator.js';
import { ScriptedEvents } from '../model/scripted-events.js';
import type { FailureDistributionSpec, ScenarioSpec } from '../scenario/schema.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';

export interface SimulateOptions {
  readonly seed?: number | string;
  /** Subscribers, created once the world exists (they need its ids and sizes). */
  readonly attach?: (world: World) => Attachments;
  /** Called between chunks of simulated time with the time reached (ms). */
  readonly onProgress?: (simMs: number, durationMs: number) => void;
  /** Number of chunks the run is split into for progress reports. */
  readonly progressChunks?: number;
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
  readonly seed: number | string;
  readonly intervalMs: number;
  readonly model: Datacenter;
  readonly ha: HaController;
  readonly migrator: Migrator;
  readonly balancer: Balancer;
  readonly meter: EnergyMeter;
  readonly hostPower: HostPower;
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

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const seed = options.seed ?? scenario.spec.seed;
  const { world, workload, memory, streams } = buildWorld(scenario, seed);
  const kernel = new Kernel();
  const attached = options.attach?.(world) ?? {};
  const model = new Datacenter(world, workload, memory, kernel, attached.observers ?? []);
  const ha = new HaController(model);
  const migrator = new Migrator(model);
  ha.hostDownListeners.push(migrator);
  ha.cancelMigration = (v, why, t) => void migrator.cancel(v, why, t);
  const maintenance = new Maintenance(model, migrator);
  const balancer = new Balancer(model, migrator, maintenance);
  const hostPower = new HostPower(model, maintenance);
  maintenance.readyListeners.push((h, t) => hostPower.evacuated(h, t));
  const powerManager = new PowerManager(model, hostPower, ha.admission);
  ha.capacityNeededListeners.push((c, t) => powerManager.capacityNeeded(c, t));
  hostPower.poweredOnListeners.push((h, t) => ha.capacityFreed(world.hosts.cluster[h] as number, t));
  const models = failureModels(scenario.spec);
  const injector = models.some((m) => m !== null) ? new FailureInjector(model, ha, (g) => models[g] ?? null, (name) => streams.seedOf(name)) : null;
  const scripted = new ScriptedEvents(model, scenario.spec.events, ha, migrator, maintenance, hostPower);
  const intervalMs = scenario.spec.outputs.interval ?? scenario.spec.step;
  const alarms = new AlarmEvaluator(scenario.spec.alarms, world, attached.alarmListeners ?? []);
  const recorder = new Recorder(model, kernel, intervalMs, [alarms, ...(attached.sinks ?? [])]);
  const meter = new EnergyMeter(model, kernel, scenario.spec.energy);
  recorder.gauges.imbalance = (ci) => balancer.measure(ci);
  recorder.gauges.failoverHosts = (ci) => ((world.clusters[ci] as { ha: { enabled: boolean } }).ha.enabled ? ha.admission.failover(ci).tolerates : NaN);
  const placement = model.start();
  injector?.start();
  scripted.start();
  powerManager.start();
  recorder.start();
  meter.start();

  const duration = world.durationMs;
  const chunks = Math.max(1, options.progressChunks ?? 1);
  for (let k = 1; k <= chunks; k++) {
    const until = k === chunks ? duration : Math.floor((duration * k) / chunks);
    kernel.runUntil(until);
    options.onProgress?.(until, duration);
  }
  recorder.finish(duration);
  meter.read(duration);
  model.flushAll(duration);
  const life = { outages: model.outages, ha, migrations: migrator.records };

  const total = headline(world, memory, recorder, {
    hostStart: 0,
    hostEnd: world.hosts.n,
    vmStart: 0,
    vmEnd: world.vms.n,
    peakUtilPct: recorder.peakTotalUtilPct,
    peakConsumedMiB: recorder.peakTotalConsumedMiB,
    peakSwappedMiB: recorder.peakTotalSwappedMiB,
  }, scenario.spec.energy, life, { finance: scenario.spec.finance, metered: meter.totals() });
  const clusterHeadlines = world.clusters.map((c, ci) =>
    headline(world, memory, recorder, {
      ...c,
      peakUtilPct: recorder.peakUtilPct[ci] as number,
      peakConsumedMiB: recorder.peakConsumedMiB[ci] as number,
      peakSwappedMiB: recorder.peakSwappedMiB[ci] as number,
    }, scenario.spec.energy, life, { finance: scenario.spec.finance, metered: meter.totals(ci, ci + 1) }),
  );
  return {
    world,
    memory,
    recorder,
    alarms,
    placement,
    eventsFired: kernel.fired,
    headline: total,
    clusterHeadlines,
    seed,
    intervalMs,
    model,
    ha,
    migrator,
    balancer,
    hostPower,
    meter,
  };
}

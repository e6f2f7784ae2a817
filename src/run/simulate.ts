/**
 * One simulation, in memory: build → place → run → finalize. No files, no wall clock: the
 * caller passes sinks and observers and gets the world and headline figures back.
 */
import { Kernel } from '../engine/index.js';
import { AlarmEvaluator, type AlarmListener } from '../metrics/alarms.js';
import { headline } from '../metrics/headline.js';
import { Recorder, type SampleSink } from '../metrics/recorder.js';
import { buildWorld } from '../model/build.js';
import { Datacenter } from '../model/datacenter.js';
import type { ModelObserver } from '../model/observer.js';
import type { PlacementOutcome } from '../model/placement/initial.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { World } from '../model/world.js';
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
}

export function simulate(scenario: Scenario, options: SimulateOptions = {}): SimulationResult {
  const seed = options.seed ?? scenario.spec.seed;
  const { world, workload, memory } = buildWorld(scenario, seed);
  const kernel = new Kernel();
  const attached = options.attach?.(world) ?? {};
  const model = new Datacenter(world, workload, memory, kernel, attached.observers ?? []);
  const intervalMs = scenario.spec.outputs.interval ?? scenario.spec.step;
  const alarms = new AlarmEvaluator(scenario.spec.alarms, world, attached.alarmListeners ?? []);
  const recorder = new Recorder(model, kernel, intervalMs, [alarms, ...(attached.sinks ?? [])]);
  const placement = model.start();
  recorder.start();

  const duration = world.durationMs;
  const chunks = Math.max(1, options.progressChunks ?? 1);
  for (let k = 1; k <= chunks; k++) {
    const until = k === chunks ? duration : Math.floor((duration * k) / chunks);
    kernel.runUntil(until);
    options.onProgress?.(until, duration);
  }
  recorder.finish(duration);
  model.flushAll(duration);

  const total = headline(world, memory, recorder, {
    hostStart: 0,
    hostEnd: world.hosts.n,
    vmStart: 0,
    vmEnd: world.vms.n,
    peakUtilPct: recorder.peakTotalUtilPct,
    peakConsumedMiB: recorder.peakTotalConsumedMiB,
    peakSwappedMiB: recorder.peakTotalSwappedMiB,
  }, scenario.spec.energy);
  const clusterHeadlines = world.clusters.map((c, ci) =>
    headline(world, memory, recorder, {
      ...c,
      peakUtilPct: recorder.peakUtilPct[ci] as number,
      peakConsumedMiB: recorder.peakConsumedMiB[ci] as number,
      peakSwappedMiB: recorder.peakSwappedMiB[ci] as number,
    }, scenario.spec.energy),
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
  };
}

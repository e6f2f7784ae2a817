/**
 * The run's plain outcome (metrics/run-outcome.ts), taken once from the finished simulation's
 * controllers: figures that run "up to now" (time down, time failed, open alarms, p95s) are
 * read at the run's end, `world.durationMs`, as the report and vms.csv state them.
 */
import type { AlarmEvaluator } from '../metrics/alarms.js';
import type { Recorder } from '../metrics/recorder.js';
import type { RunOutcome } from '../metrics/run-outcome.js';
import type { HaController } from '../model/availability/ha.js';
import type { OutageTracker } from '../model/availability/outages.js';
import type { MemoryArrays } from '../model/memory/memory-arrays.js';
import type { Migrator } from '../model/migration/migrator.js';
import type { PlacementOutcome } from '../model/placement/initial.js';

/** The finished run's own figures, and the controllers the rest is read from. */
export interface OutcomeSources
  extends Pick<RunOutcome, 'seed' | 'intervalMs' | 'stopped' | 'eventsFired' | 'world' | 'headline' | 'clusterHeadlines' | 'headlineParts'> {
  readonly memory: MemoryArrays;
  readonly recorder: Recorder;
  readonly outages: OutageTracker;
  readonly ha: HaController;
  readonly migrator: Migrator;
  readonly alarms: AlarmEvaluator;
  readonly placement: PlacementOutcome;
}

export function runOutcome(s: OutcomeSources): RunOutcome {
  const { world, recorder, outages, ha } = s;
  const end = world.durationMs;
  const nv = world.vms.ids.length;
  const nh = world.hosts.ids.length;
  const p95 = { demand: new Float64Array(nv), granted: new Float64Array(nv), ready: new Float64Array(nv) };
  const downMs = new Float64Array(nv);
  const availability = new Float64Array(nv);
  for (let v = 0; v < nv; v++) {
    p95.demand[v] = recorder.vmDemand.quantile(v, 0.95);
    p95.granted[v] = recorder.vmGranted.quantile(v, 0.95);
    p95.ready[v] = recorder.vmReady.quantile(v, 0.95);
    downMs[v] = outages.downMsAt(v, end);
    availability[v] = outages.availability(v, end);
  }
  const failedMs = new Float64Array(nh);
  for (let h = 0; h < nh; h++) failedMs[h] = ha.failedMsAt(h, end);
  return {
    seed: s.seed,
    intervalMs: s.intervalMs,
    stopped: s.stopped,
    eventsFired: s.eventsFired,
    world,
    vmMemory: s.memory.vm,
    // A VM refused at power-on may be placed later (from the queue, `unplaced: wait`): only one
    // never placed is unplaceable, as the headline counts them (metrics/headline.ts).
    unplaced: s.placement.unplaced.filter((u) => world.vms.host[u.vm] < 0 && world.vms.placedMs[u.vm] === 0),
    headline: s.headline,
    clusterHeadlines: s.clusterHeadlines,
    headlineParts: s.headlineParts,
    vmP95Pct: p95,
    vmOutages: { count: outages.outages, downMs, availability },
    hostFailures: { count: ha.hostFailCount, failedMs },
    incidents: ha.incidents,
    migrations: s.migrator.records,
    alarms: {
      items: s.alarms.alarms,
      raisedByCluster: s.alarms.raisedByCluster,
      activeAtEnd: world.clusters.map((_, ci) => s.alarms.activeCount(ci)),
    },
  };
}

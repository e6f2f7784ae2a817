/**
 * What a finished run hands to the layers that write it (report, output): plain data only,
 * typed arrays and records, no controller and no method to call. It is built once, when the
 * run finishes (run/outcome.ts), with every "up to the end" figure already taken at the run's
 * end (`world.durationMs`); the report and the CSV writers read it and never reach into the
 * live simulation. Structured-clone safe, so a worker can send it as it is.
 *
 * The arrays are indexed like the world's: hosts by host index, VMs by VM index.
 */
import type { Incident } from '../model/availability/ha.js';
import type { VmMemoryState } from '../model/memory/memory-arrays.js';
import type { MigrationRecord } from '../model/migration/migrator.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { AlarmRecord, AlarmRule } from './alarms.js';
import type { HeadlineParts } from './headline.js';

/** A stop requested by the run itself (a failing policy), with what the report should say. */
export interface RunStop {
  readonly t: number;
  readonly reason: string;
  readonly detail: string;
}

export interface RunOutcome {
  readonly seed: number | string;
  /** Output interval (ms). */
  readonly intervalMs: number;
  /** Why the run stopped before its end (a failing policy), or null. */
  readonly stopped: RunStop | null;
  readonly eventsFired: number;
  /** The world as the run left it: ids, settings, states and the time integrals. */
  readonly world: World;
  /** Per-VM memory reclamation integrals and swap traffic. */
  readonly vmMemory: VmMemoryState;
  /** VMs refused at power-on and never placed since (not those placed later from the queue), with the reason they were refused, in VM order. */
  readonly unplaced: ReadonlyArray<{ readonly vm: number; readonly reason: string }>;
  readonly headline: HeadlineFigures;
  readonly clusterHeadlines: readonly HeadlineFigures[];
  /** What each cluster contributes to the headline; the datacenter's is their fold. */
  readonly headlineParts: readonly HeadlineParts[];
  /** Per VM, the p95 of its output-interval averages, % of its vCPU capacity (NaN: never sampled). */
  readonly vmP95Pct: { readonly demand: Float64Array; readonly granted: Float64Array; readonly ready: Float64Array };
  /** Per VM: outages, time down (ms) and availability (0..1, NaN when it never served) at the end. */
  readonly vmOutages: { readonly count: Int32Array; readonly downMs: Float64Array; readonly availability: Float64Array };
  /** Per host: failures and time failed (ms) at the end. */
  readonly hostFailures: { readonly count: Int32Array; readonly failedMs: Float64Array };
  /** HA incidents in the order they began. */
  readonly incidents: readonly Incident[];
  /** Every migration, in the order they started. */
  readonly migrations: readonly MigrationRecord[];
  readonly alarms: {
    /** The alarms kept (the first KEPT_ALARMS raised). */
    readonly items: readonly AlarmRecord[];
    /** Alarms raised per cluster and rule (all of them, kept or not). */
    readonly raisedByCluster: readonly Readonly<Record<AlarmRule, number>>[];
    /** Alarms still open at the end, per cluster. */
    readonly activeAtEnd: readonly number[];
  };
}

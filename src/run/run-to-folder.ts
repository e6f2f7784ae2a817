/**
 * A run that writes its report folder: time series stream to CSV while the simulation runs,
 * then vms.csv, report.json, report.html (the self-contained viewer, from the in-memory report)
 * and summary.json are written, and the folder is moved into place atomically. The wall clock
 * is injected (only the CLI reads the real one).
 */
import { AtomicDir } from '../output/atomic-dir.js';
import { EventLog } from '../output/event-log.js';
import { StreamFile } from '../output/stream-file.js';
import { vmsCsvText } from '../output/vms-csv.js';
import { REPORT_EVENTS } from '../output/event-sink.js';
import { ClusterSeriesCsv, HostSeriesCsv } from '../output/series-csv.js';
import { factsOf } from '../report/build-report.js';
import { reportPart } from '../report/report-part.js';
import { SeriesCollector } from '../report/series-collector.js';
import type { Scenario } from '../scenario/scenario.js';
import { writeResultFiles, type DatastoreSummary, type ReportPage } from './result-files.js';
import type { World } from '../model/world.js';
import type { LoadedPolicy } from '../policy/hooks.js';
import { Simulation, type Attachments, type SimulationResult } from './simulate.js';

export interface RunToFolderOptions {
  readonly outDir: string;
  readonly force: boolean;
  readonly seed?: number | string;
  /** Wall clock in ms, for the run's wall time (summary.json only). */
  readonly wallClock: () => number;
  readonly onProgress?: (simMs: number, durationMs: number) => void;
  /** Unique tag for the temp folder (e.g. the process id). */
  readonly tag: string;
  /** Placement policies by cluster id (policies as code). */
  readonly policies?: Readonly<Record<string, LoadedPolicy>>;
  /** What report.html shows beside the report (a calibration) and its title. */
  readonly page?: ReportPage;
}

export function runToFolder(scenario: Scenario, options: RunToFolderOptions): SimulationResult {
  return runIntoFolder(scenario, options, (attach) =>
    new Simulation(scenario, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.policies ? { policies: options.policies } : {}),
      attach,
    }),
  );
}

/** A checkpoint taken during a run: at simulated time `at`, handed to `write`. */
export interface CheckpointRequest {
  readonly at: number;
  readonly write: (sim: Simulation) => void;
}

type FolderRunOptions = RunToFolderOptions & { readonly checkpoint?: CheckpointRequest; readonly prepare?: (sim: Simulation) => void };
type MakeSimulation = (attach: (world: World) => Attachments) => Simulation;

/**
 * The report folder of a simulation that `make` builds with the folder's subscribers attached
 * (a new one, or one restored from a checkpoint); `prepare` runs before it continues.
 */
export function runIntoFolder(scenario: Scenario, options: FolderRunOptions, make: MakeSimulation): SimulationResult {
  const steps = folderRun(scenario, options, make);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
  }
}

/**
 * The same run, handing control back to the event loop between its chunks, so that a signal
 * (Ctrl-C, SIGTERM) is handled within a chunk's time and the temp folder removed. The CLI uses
 * this one; the simulation is the same and so are the bytes it writes.
 */
export async function runIntoFolderAsync(scenario: Scenario, options: FolderRunOptions, make: MakeSimulation): Promise<SimulationResult> {
  const steps = folderRun(scenario, options, make);
  for (;;) {
    const s = steps.next();
    if (s.done) return s.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The run as a generator that yields after each of its 200 chunks of simulated time. */
function* folderRun(scenario: Scenario, options: FolderRunOptions, make: MakeSimulation): Generator<void, SimulationResult> {
  const started = options.wallClock();
  const spec = scenario.spec;
  const dir = new AtomicDir(options.outDir, options.force, options.tag);
  const holder: { sinks?: FolderSinks } = {};
  try {
    const intervalMs = spec.outputs.interval ?? spec.step;
    const expected = Math.ceil(spec.duration / intervalMs);
    const sim = make((world) => {
      holder.sinks = new FolderSinks(dir, world, scenario, expected);
      return holder.sinks.attachments();
    });
    options.prepare?.(sim);
    const duration = sim.world.durationMs;
    const chunks = 200;
    let pending = options.checkpoint;
    for (let k = 1; k <= chunks && !sim.stopped; k++) {
      const until = k === chunks ? duration : Math.floor((duration * k) / chunks);
      if (pending && pending.at <= until) {
        sim.runUntil(pending.at);
        pending.write(sim);
        pending = undefined;
      }
      sim.runUntil(until);
      options.onProgress?.(sim.now, duration);
      yield;
    }
    const result = sim.finish();
    const sinks = holder.sinks;
    if (!sinks) throw new Error('internal error: report sinks were not attached');
    sinks.close();
    writeResultFiles(dir, {
      scenario,
      facts: factsOf(result.outcome, sinks.collector),
      parts: result.world.clusters.map((_, ci) => reportPart(result.outcome, sinks.collector, ci)),
      vmsCsv: result.world.clusters.map((cl) => vmsCsvText(result.outcome, cl.vmStart, cl.vmEnd)),
      events: sinks.events.sink,
      eventsFired: result.eventsFired,
      dr: result.dr.summary(),
      datastores: datastoreSummaries(result),
      wallTimeMs: options.wallClock() - started,
      ...(options.page ? { page: options.page } : {}),
    });
    dir.commit();
    return result;
  } catch (err) {
    holder.sinks?.close();
    dir.abort();
    throw err;
  }
}

/** Datastores: capacity, peak and final use (GiB). */
export function datastoreSummaries(result: SimulationResult): DatastoreSummary[] {
  return result.storage.datastores.map((d, i) => ({
    id: d.id,
    capacityGiB: d.capacityMiB / 1024,
    peakUsedGiB: (result.storage.peakUsedMiB[i]) / 1024,
    usedAtEndGiB: result.storage.usedAt(i, result.world.durationMs) / 1024,
  }));
}

/** The subscribers that stream a run into its report folder. */
class FolderSinks {
  readonly clusterCsv: ClusterSeriesCsv;
  readonly hostCsv: HostSeriesCsv | null;
  readonly collector: SeriesCollector;
  readonly events: EventLog;
  private closed = false;

  constructor(dir: AtomicDir, world: World, scenario: Scenario, expectedIntervals: number) {
    const outputs = scenario.spec.outputs;
    this.clusterCsv = new ClusterSeriesCsv(dir.file('timeseries-cluster.csv'), world);
    this.hostCsv = outputs.hostSeries ? new HostSeriesCsv(dir.file('timeseries-host.csv'), world) : null;
    this.collector = new SeriesCollector(world, expectedIntervals, outputs.hostSeries);
    this.events = new EventLog(outputs.events ? new StreamFile(dir.file('events.ndjson')) : null, world, REPORT_EVENTS);
  }

  attachments(): Attachments {
    return {
      sinks: [this.clusterCsv, ...(this.hostCsv ? [this.hostCsv] : []), this.collector],
      observers: [this.events],
      alarmListeners: [this.events],
    };
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.clusterCsv.close();
    this.hostCsv?.close();
    this.events.close();
  }
}

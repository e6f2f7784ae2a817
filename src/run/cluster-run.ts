/**
 * One cluster of a scenario simulated on its own, for a run split by cluster: its series stream
 * to CSV files in a folder of its own, and everything else comes back as plain data (its report
 * part, its events by instant, its counts), to be merged with the other clusters' in cluster
 * order (split-run.ts).
 */
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { DrSummary } from '../model/availability/dr.js';
import { EventLog } from '../output/event-log.js';
import { vmsCsvText } from '../output/vms-csv.js';
import { StreamFile } from '../output/stream-file.js';
import { instantLine, splitIncidentKey } from './merge-events.js';
import { ClusterSeriesCsv, HostSeriesCsv } from '../output/series-csv.js';
import { factsOf, type RunFacts } from '../report/build-report.js';
import { reportPart, type ReportPart } from '../report/report-part.js';
import { SeriesCollector } from '../report/series-collector.js';
import type { Scenario } from '../scenario/scenario.js';
import { datastoreSummaries } from './run-to-folder.js';
import type { DatastoreSummary } from './result-files.js';
import { Simulation } from './simulate.js';
import type { RunOutcome } from '../metrics/run-outcome.js';
import type { HeadlineParts } from '../metrics/headline.js';

export interface ClusterRunRequest {
  /** The cluster as a scenario of its own (clusterAlone): plain data, it crosses to a worker thread. */
  readonly scenario: Scenario;
  /** Its index in the datacenter. */
  readonly cluster: number;
  readonly seed?: number | string;
  /** Folder for this cluster's series CSV files. */
  readonly dir: string;
  /** Hosts of the whole scenario (whether host series fit in report.json depends on them). */
  readonly runHosts: number;
}

export interface ClusterRunOutput {
  readonly cluster: number;
  readonly part: ReportPart;
  /** Its rows of vms.csv, in a file (no header): the merge copies them without holding every cluster's. */
  readonly vmsCsv: string;
  /** The cluster's events, instant by instant (incidents numbered by this run): a file of instantLine lines. */
  readonly eventsFile: string;
  readonly facts: RunFacts;
  readonly eventsFired: number;
  readonly dr: DrSummary;
  readonly datastores: DatastoreSummary[];
  readonly clusterCsv: string;
  readonly hostCsv: string | null;
}

/** The headline parts of cluster `cluster` run alone, its meter rows numbered as in the datacenter (the meter numbered it 0). */
export function aloneHeadline(result: Pick<RunOutcome, 'headlineParts'>, cluster: number): HeadlineParts {
  const headline = result.headlineParts[0] as HeadlineParts;
  headline.meterRows = headline.meterRows.map((r) => ({ ...r, cluster }));
  return headline;
}

/** The report part of cluster `cluster` run alone, ready to merge with the other clusters'. */
export function aloneReport(result: RunOutcome, cluster: number, series: SeriesCollector, events: EventLog): ReportPart {
  aloneHeadline(result, cluster);
  events.flush();
  return reportPart(result, series, 0, splitIncidentKey(cluster));
}

export function runCluster(req: ClusterRunRequest, onProgress?: (simMs: number, durationMs: number) => void): ClusterRunOutput {
  const { scenario: alone, cluster } = req;
  const spec = alone.spec;
  mkdirSync(req.dir, { recursive: true });
  const clusterCsv = path.join(req.dir, 'timeseries-cluster.csv');
  const hostCsv = spec.outputs.hostSeries ? path.join(req.dir, 'timeseries-host.csv') : null;
  const eventsFile = path.join(req.dir, 'events.instants.ndjson');
  const instants = new StreamFile(eventsFile);
  const intervalMs = spec.outputs.interval ?? spec.step;
  const holder: { csv?: ClusterSeriesCsv; hosts?: HostSeriesCsv | null; collector?: SeriesCollector; events?: EventLog } = {};
  const sim = new Simulation(alone, {
    ...(req.seed !== undefined ? { seed: req.seed } : {}),
    attach: (world) => {
      holder.csv = new ClusterSeriesCsv(clusterCsv, world);
      holder.hosts = hostCsv === null ? null : new HostSeriesCsv(hostCsv, world);
      holder.collector = new SeriesCollector(world, Math.ceil(spec.duration / intervalMs), spec.outputs.hostSeries, req.runHosts);
      holder.events = new EventLog(null, world, 0, { onInstant: (i) => instants.write(instantLine(i)) });
      return {
        sinks: [holder.csv, ...(holder.hosts ? [holder.hosts] : []), holder.collector],
        observers: [holder.events],
        alarmListeners: [holder.events],
      };
    },
  });
  const { csv, hosts, collector, events } = holder;
  if (!csv || hosts === undefined || !collector || !events) throw new Error('internal error: cluster sinks were not attached');
  try {
    const duration = sim.world.durationMs;
    const chunks = 50;
    for (let k = 1; k <= chunks && !sim.stopped; k++) {
      sim.runUntil(k === chunks ? duration : Math.floor((duration * k) / chunks));
      onProgress?.(sim.now, duration);
    }
    const result = sim.finish();
    const part = aloneReport(result.outcome, cluster, collector, events);
    const vmsCsv = path.join(req.dir, 'vms.csv');
    // Run alone, the cluster is the scenario's only one: all its VMs.
    writeFileSync(vmsCsv, vmsCsvText(result.outcome, 0, result.world.vms.n));
    return {
      cluster,
      part,
      vmsCsv,
      eventsFile,
      facts: factsOf(result.outcome, collector),
      eventsFired: result.eventsFired,
      dr: result.dr.summary(),
      datastores: datastoreSummaries(result),
      clusterCsv,
      hostCsv,
    };
  } finally {
    csv.close();
    hosts?.close();
    events.close();
    instants.close();
  }
}

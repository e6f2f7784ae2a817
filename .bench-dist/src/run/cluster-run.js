/**
 * One cluster of a scenario simulated on its own, for a run split by cluster: its series stream
 * to CSV files in a folder of its own, and everything else comes back as plain data (its report
 * part, its events by instant, its counts), to be merged with the other clusters' in cluster
 * order (split-run.ts).
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { EventLog } from '../output/event-log.js';
import { StreamFile } from '../output/stream-file.js';
import { instantLine, splitIncidentKey } from './merge-events.js';
import { ClusterSeriesCsv, HostSeriesCsv } from '../output/series-csv.js';
import { factsOf } from '../report/build-report.js';
import { reportPart } from '../report/report-part.js';
import { SeriesCollector } from '../report/series-collector.js';
import { datastoreSummaries } from './run-to-folder.js';
import { Simulation } from './simulate.js';
/** The headline parts of cluster `cluster` run alone, its meter rows numbered as in the datacenter (the meter numbered it 0). */
export function aloneHeadline(result, cluster) {
    const headline = result.headlineParts[0];
    headline.meterRows = headline.meterRows.map((r) => ({ ...r, cluster }));
    return headline;
}
/** The report part of cluster `cluster` run alone, ready to merge with the other clusters'. */
export function aloneReport(result, cluster, series, events) {
    aloneHeadline(result, cluster);
    events.flush();
    return reportPart(result, series, 0, splitIncidentKey(cluster));
}
export function runCluster(req, onProgress) {
    const { scenario: alone, cluster } = req;
    const spec = alone.spec;
    mkdirSync(req.dir, { recursive: true });
    const clusterCsv = path.join(req.dir, 'timeseries-cluster.csv');
    const hostCsv = spec.outputs.hostSeries ? path.join(req.dir, 'timeseries-host.csv') : null;
    const eventsFile = path.join(req.dir, 'events.instants.ndjson');
    const instants = new StreamFile(eventsFile);
    const intervalMs = spec.outputs.interval ?? spec.step;
    const holder = {};
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
    if (!csv || hosts === undefined || !collector || !events)
        throw new Error('internal error: cluster sinks were not attached');
    try {
        const duration = sim.world.durationMs;
        const chunks = 50;
        for (let k = 1; k <= chunks && !sim.stopped; k++) {
            sim.runUntil(k === chunks ? duration : Math.floor((duration * k) / chunks));
            onProgress?.(sim.now, duration);
        }
        const result = sim.finish();
        const part = aloneReport(result, cluster, collector, events);
        return {
            cluster,
            part,
            eventsFile,
            facts: factsOf(result, collector),
            eventsFired: result.eventsFired,
            dr: result.dr.summary(),
            datastores: datastoreSummaries(result),
            clusterCsv,
            hostCsv,
        };
    }
    finally {
        csv.close();
        hosts?.close();
        events.close();
        instants.close();
    }
}
//# sourceMappingURL=cluster-run.js.map
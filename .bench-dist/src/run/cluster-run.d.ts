import type { DrSummary } from '../model/availability/dr.js';
import { EventLog } from '../output/event-log.js';
import { type RunFacts } from '../report/build-report.js';
import { type ReportPart } from '../report/report-part.js';
import { SeriesCollector } from '../report/series-collector.js';
import type { Scenario } from '../scenario/scenario.js';
import type { DatastoreSummary } from './result-files.js';
import { type SimulationResult } from './simulate.js';
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
export declare function aloneHeadline(result: SimulationResult, cluster: number): HeadlineParts;
/** The report part of cluster `cluster` run alone, ready to merge with the other clusters'. */
export declare function aloneReport(result: SimulationResult, cluster: number, series: SeriesCollector, events: EventLog): ReportPart;
export declare function runCluster(req: ClusterRunRequest, onProgress?: (simMs: number, durationMs: number) => void): ClusterRunOutput;

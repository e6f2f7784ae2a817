/**
 * Assembles report.json: the one versioned contract the viewer reads. The report is built from
 * the clusters' parts (report-part.ts) in cluster order; lists that interleave clusters
 * (incidents, migrations, alarms) are ordered by time, then cluster, so a run whose clusters ran
 * apart gives the same report as one simulation.
 */
import { type HeadlineParts } from '../metrics/headline.js';
import type { EventLog } from '../output/event-log.js';
import type { EventSink } from '../output/event-sink.js';
import type { SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/scenario.js';
import { type HeadlineFigures, type Report } from './schema.js';
import { type ReportPart } from './report-part.js';
import type { SeriesCollector } from './series-collector.js';
/** The run's own facts (not the clusters'). */
export interface RunFacts {
    readonly seed: number | string;
    readonly intervalMs: number;
    readonly stopped: {
        readonly t: number;
        readonly reason: string;
    } | null;
    /** Sampling instants (ms) and interval lengths, shared by every cluster. */
    readonly t: number[];
    readonly intervalLengths: number[];
    /** Why host series are absent (null: they are present). */
    readonly hostsOmitted: string | null;
}
/** report.json of a run simulated in one piece. */
export declare function buildReport(scenario: Scenario, r: SimulationResult, series: SeriesCollector, events: EventLog): Report;
export declare function factsOf(r: SimulationResult, series: SeriesCollector): RunFacts;
/** The datacenter's parts (the clusters' folded in cluster order) and its headline figures. */
export declare function datacenterHeadline(scenario: Scenario, parts: readonly HeadlineParts[]): {
    folded: HeadlineParts;
    headline: HeadlineFigures;
};
/** report.json from the clusters' parts, their events and the datacenter's headline (datacenterHeadline). */
export declare function assembleReport(scenario: Scenario, run: RunFacts, parts: readonly ReportPart[], events: EventSink, headline: HeadlineFigures): Report;

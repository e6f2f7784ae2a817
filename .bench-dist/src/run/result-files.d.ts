import type { AtomicDir } from '../output/atomic-dir.js';
import type { EventSink } from '../output/event-sink.js';
import type { DrSummary } from '../model/availability/dr.js';
import { type RunFacts } from '../report/build-report.js';
import { type RenderHtmlOptions } from '../report/html.js';
import type { ReportPart } from '../report/report-part.js';
import type { HeadlineFigures, Report } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
export interface DatastoreSummary {
    readonly id: string;
    readonly capacityGiB: number;
    readonly peakUsedGiB: number;
    readonly usedAtEndGiB: number;
}
export interface RunOutputs {
    readonly scenario: Scenario;
    readonly facts: RunFacts;
    readonly parts: readonly ReportPart[];
    readonly events: EventSink;
    readonly eventsFired: number;
    readonly dr: DrSummary;
    readonly datastores: readonly DatastoreSummary[];
    /** Wall clock time of the run (summary.json only). */
    readonly wallTimeMs: number;
    /** Set when the clusters ran apart: how many, on how many worker threads. */
    readonly split?: {
        readonly clusters: number;
        readonly workers: number;
    };
    readonly page?: ReportPage;
}
/** What report.html shows beside the report (a calibration) and its title. */
export type ReportPage = Pick<RenderHtmlOptions, 'calibration' | 'title'>;
/** Writes the files; returns report.json's content and the datacenter's headline, unrounded. */
export declare function writeResultFiles(dir: AtomicDir, o: RunOutputs): {
    report: Report;
    headline: HeadlineFigures;
};

/**
 * Clusters as answers: when a scenario's clusters are variants of one design (always on / DPM /
 * calendar windows; overcommit 1.0 … 2.0), each cluster's energy, cost, CO2, hosts on, CPU ready,
 * swap, availability and migrations side by side, the difference to the first cluster, and one
 * finance sentence per cluster annualised with its assumptions stated. Pure: built from the
 * report's per-cluster headlines and series, so report.json, summary.json, the terminal and the
 * viewer all read the same figures.
 */
import type { ClusterComparisonData, ComparisonFiguresData, HeadlineFigures, Report } from './schema.js';
interface ClusterInput {
    readonly id: string;
    readonly name: string;
    readonly headline: HeadlineFigures;
    /** Mean hosts serving per interval, and each interval's length (ms). */
    readonly hostsUp: readonly number[];
}
export declare function figuresOf(h: HeadlineFigures, meanHostsOn: number): ComparisonFiguresData;
/** The comparison of `clusters` (the first is the reference) over a run of `durationMs`. */
export declare function compareClusters(clusters: readonly ClusterInput[], intervalLengths: readonly number[], durationMs: number, currency: string): ClusterComparisonData;
/** The comparison of a report's clusters, from its headlines and series. */
export declare function reportComparison(report: Omit<Report, 'comparison'>): ClusterComparisonData;
export {};

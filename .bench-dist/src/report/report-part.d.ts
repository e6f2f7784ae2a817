import type { HeadlineParts } from '../metrics/headline.js';
import type { SimulationResult } from '../run/simulate.js';
import type { ClusterSeriesData, HostSeriesData, Report, ReportAlarm } from './schema.js';
import { type SeriesCollector } from './series-collector.js';
type ReportMigration = Report['migrations']['items'][number];
/** An HA incident before the report numbers it (`key` and `id` as the event log knows it). */
export interface PartIncident {
    readonly key: string;
    readonly t: number;
    readonly cause: string;
    readonly hosts: string[];
    readonly vmsAffected: number;
    readonly vmsRecovered: number;
    readonly recoveredAt: number | null;
}
export interface ReportPart {
    readonly cluster: Report['clusters'][number];
    readonly hosts: Report['hosts'];
    readonly vms: Report['vms'];
    /** Its rows of vms.csv, as CSV text. */
    readonly vmsCsv: string;
    readonly hostGroups: Report['availability']['hostGroups'];
    readonly incidents: PartIncident[];
    /** Every migration of the cluster's VMs, in the order they started. */
    readonly migrations: ReportMigration[];
    readonly alarms: {
        total: number;
        activeAtEnd: number;
        byRule: Record<string, number>;
        items: ReportAlarm[];
    };
    readonly series: ClusterSeriesData;
    readonly hostSeries: HostSeriesData[] | null;
    readonly unplaced: {
        vm: string;
        reason: string;
    }[];
    readonly headline: HeadlineParts;
}
/**
 * Cluster `ci` of a finished run. `incidentKey` names an incident the way the run's event log
 * does (its number in a whole-datacenter run; prefixed by the cluster when merged from apart).
 */
export declare function reportPart(r: SimulationResult, series: SeriesCollector, ci: number, incidentKey?: (id: number) => string): ReportPart;
/** Round every number of a headline for the report (figures, not raw state). */
export declare function roundHeadline(h: Report['headline']): Report['headline'];
export {};

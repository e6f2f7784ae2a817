import type { HeadlineFigures, Report } from './types.js';
export type Availability = HeadlineFigures['availability'];
export type Incident = Report['availability']['incidents'][number];
export type Priority = keyof Availability['byPriority'];
/** Restart priorities, highest first (the order HA restarts in). */
export declare const PRIORITIES: readonly Priority[];
/** The headline of cluster `key`, or of the datacenter (ALL_CLUSTERS or an unknown id). */
export declare function headlineOf(report: Report, key: string): HeadlineFigures;
/** Incidents touching cluster `key` (all for ALL_CLUSTERS), in time order. */
export declare function incidentsOf(report: Report, key: string): Incident[];
/** Host failures in cluster `key` as marks: when, and which host failed why. */
export declare function failureMarks(report: Report, key: string): Array<{
    t: number;
    label: string;
    host: string;
}>;
/** Host failures HA could absorb, per cluster with HA. */
export declare function failoverLines(report: Report, key: string): Array<{
    cluster: string;
    values: number[];
}>;
/** Host-load standard deviation, per cluster with a balancer. */
export declare function imbalanceLines(report: Report, key: string): Array<{
    cluster: string;
    values: number[];
}>;
export interface ReasonBar {
    readonly reason: string;
    readonly hours: number;
    readonly meaning: string;
}
/** VM-hours down by reason, the largest first; reasons with none left out. */
export declare function reasonBars(a: Availability): ReasonBar[];
export interface PriorityBar {
    readonly priority: Priority;
    readonly vms: number;
    readonly meanAvailabilityPct: number;
    readonly downtimeVmHours: number;
}
/** Downtime and availability by HA restart priority, highest priority first; priorities with no VMs left out. */
export declare function priorityBars(a: Availability): PriorityBar[];
